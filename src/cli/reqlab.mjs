#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx reqlab …` works straight from the repo.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
