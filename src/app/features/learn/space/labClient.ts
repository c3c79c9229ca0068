import { labBase, type LabLog, type LabResource } from '../../../../core/model';
import type { LabAddresses } from '../../../../core/learn/stepRequest';
import { sandboxCrossOrigin } from '../../../state/sandboxInfo';
import { learnDb } from './learnDb';

/** A lab id nobody else guesses: 16 random base-36 characters. */
function newLabId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export async function labId(): Promise<string> {
  const stored = await learnDb.meta('lab').catch(() => undefined);
  if (stored) return stored;
  const id = newLabId();
  await learnDb.saveMeta('lab', id).catch(() => undefined);
  return id;
}

export async function labAddresses(origin: string, id: string): Promise<LabAddresses> {
  const cross = await sandboxCrossOrigin(origin);
  return { lab: labBase(origin, id), sandbox: `${origin}/sandbox`, ...(cross ? { crossLab: labBase(cross, id) } : {}) };
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`The sandbox answered ${response.status} to ${new URL(response.url).pathname}.`);
  return (await response.json()) as T;
}

export const labClient = {
  log: (lab: string, after: number) => fetch(`${lab}/log?after=${after}`, { cache: 'no-store' }).then((r) => json<LabLog>(r)),
  state: (lab: string) => fetch(`${lab}/state`, { cache: 'no-store' }).then((r) => json<{ books: LabResource[] }>(r)),
  reset: (lab: string) => fetch(`${lab}/reset`, { method: 'POST' }).then((r) => json<{ reset: true }>(r)),
};
