import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import type { ScriptEngine } from '../core/model/scripts';
import { createQuickJsEngine } from '../workers/scripts/quickjsEngine';

const require = createRequire(import.meta.url);
const source = (path: string) => () => readFileSync(require.resolve(path), 'utf8');

/** The engine `reqlab run` uses: the same QuickJS VM and pm runtime as the app's Worker. */
export const nodeScriptEngine: ScriptEngine = createQuickJsEngine(async () => ({
  variant,
  modules: { chai: source('chai'), lodash: source('lodash/lodash.min.js') },
}));
