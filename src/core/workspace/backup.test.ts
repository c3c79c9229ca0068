import { describe, expect, it } from 'vitest';
import { buildBackup, isWorkspaceEmpty, planImport, type WorkspaceSnapshot } from './backup';
import { parseBackup } from './backupSchema';
import { buildCollections } from './tree';
import { buildHistoryRecords } from './historyRecord';
import { collectionNode, folderNode, requestNode, variable } from './testing/fixtures';
import { newRequest, WORKSPACE_SCHEMA_VERSION, type PreparedRequest, type StoredEnvironment } from '../model';
import { utf8Encode } from '../encoding';

const env = (id: string, vars = [variable('host', 'h'), variable('token', 'tok-123', true)]): StoredEnvironment => ({
  schemaVersion: WORKSPACE_SCHEMA_VERSION,
  kind: 'environment',
  id,
  name: `Env ${id}`,
  variables: vars,
  updatedAt: 1,
});

const snapshot = (): WorkspaceSnapshot => ({
  nodes: [
    collectionNode('c', { variables: [variable('key', 'secret-key', true)] }),
    folderNode('f', 'c', 'c', 1024),
    requestNode('r1', 'f', 'c', 1024),
    requestNode('r2', 'c', 'c', 2048),
  ],
  environments: [env('e1'), { ...env('globals', [variable('g', '1')]), kind: 'globals', name: 'Globals' }],
});

const prepared: PreparedRequest = {
  method: 'POST',
  url: 'https://api.test/x',
  headers: [{ name: 'Content-Type', value: 'text/plain', source: 'auto' }],
  body: utf8Encode('hello'),
  bodyDescription: { mode: 'raw', text: 'hello' },
  timeoutMs: 0,
  followRedirects: true,
  maxRedirects: 10,
  unresolved: [],
};

const historyItem = () => {
  const records = buildHistoryRecords({
    id: 'h1',
    createdAt: 100,
    request: newRequest({ id: 'r1' }),
    prepared,
    variables: [],
    response: {
      sender: 'relay',
      url: 'https://api.test/x',
      status: 200,
      statusText: 'OK',
      httpVersion: '1.1',
      headers: [['content-type', 'application/octet-stream']],
      body: new Uint8Array([0, 255, 7]),
      bodySize: 3,
      truncated: false,
      timing: { startedAt: 100, total: 12 },
      redirects: [],
    },
  });
  return { entry: records.entry, body: records.body };
};

describe('workspace backup', () => {
  it('round-trips through JSON: export → replace into an empty workspace → export gives the same file', () => {
    const backup = buildBackup(snapshot(), { includeSecrets: true, history: [historyItem()], now: 0 });
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = planImport({ nodes: [], environments: [] }, new Set(), parsed.backup, 'replace', 5, () => 'unused');
    const restored: WorkspaceSnapshot = { nodes: plan.nodes, environments: plan.environments };
    expect(buildCollections(restored.nodes)).toEqual(buildCollections(snapshot().nodes));
    const again = buildBackup(restored, {
      includeSecrets: true,
      history: plan.history.map((h) => ({ entry: h.entry, body: h.body })),
      now: 0,
    });
    expect(again).toEqual(backup);
    expect(Array.from(plan.history[0]!.body!.bytes)).toEqual([0, 255, 7]);
    expect(plan.history[0]!.head.status).toBe(200);
  });

  it('leaves secret values out unless asked', () => {
    const backup = buildBackup(snapshot(), { includeSecrets: false, now: 0 });
    const text = JSON.stringify(backup);
    expect(text).not.toContain('tok-123');
    expect(text).not.toContain('secret-key');
    expect(backup.environments[0]!.variables.find((v) => v.key === 'host')?.value).toBe('h');
  });

  it('leaves out the current value of a secret too, and a merge keeps the local one', () => {
    const base = snapshot();
    const withCurrent = { ...base, environments: [env('e1', [variable('host', 'h'), { ...variable('token', 'tok-123', true), currentValue: 'cur-456' }]), ...base.environments.slice(1)] };
    const backup = buildBackup(withCurrent, { includeSecrets: false, now: 0 });
    expect(JSON.stringify(backup)).not.toContain('cur-456');
    const plan = planImport(withCurrent, new Set(), backup, 'merge', 9, () => 'x');
    expect(plan.environments.filter((e) => e.kind === 'environment')).toEqual([]);
  });

  it('carries the cookie jar only when asked, and an import reads it back checked', () => {
    const cookie = { key: 'session', value: 'abc', domain: 'api.example.com', path: '/', httpOnly: true, hostOnly: true, expires: 'Infinity' };
    expect(buildBackup(snapshot(), { includeSecrets: true, now: 0 }).cookies).toBeUndefined();
    const text = JSON.stringify(buildBackup(snapshot(), { includeSecrets: false, cookies: [cookie], now: 0 }));
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(planImport({ nodes: [], environments: [] }, new Set(), parsed.backup, 'merge', 0, () => 'x').cookies).toEqual([cookie]);
    const bad = parseBackup(text.replace('"path":"/"', '"path":"nope"'));
    expect(bad.ok ? '' : bad.error).toMatch(/cookies\[0\]\.path/);
  });

  it('merge never overwrites: changed items come in as copies, identical ones are skipped', () => {
    const backup = buildBackup(snapshot(), { includeSecrets: true, now: 0 });
    const edited = snapshot();
    edited.nodes = edited.nodes.map((n) => (n.id === 'r2' && n.kind === 'request' ? { ...n, request: { ...n.request, url: 'changed' } } : n));
    let n = 0;
    const plan = planImport(edited, new Set(), backup, 'merge', 9, () => `new${++n}`);
    expect(plan.replace).toBe(false);
    expect(plan.summary.copies).toBe(1);
    expect(plan.nodes.every((node) => node.id.startsWith('new'))).toBe(true);
    expect(plan.nodes.find((node) => node.kind === 'collection')).toMatchObject({ name: 'Collection c (imported)' });
    expect(plan.summary.skippedIdentical).toBe(1); // the environment
    expect(plan.environments).toEqual([]); // globals already have "g"
  });

  it('merge keeps local secret values that the export emptied', () => {
    const backup = buildBackup(snapshot(), { includeSecrets: false, now: 0 });
    const plan = planImport(snapshot(), new Set(), backup, 'merge', 9, () => 'x');
    expect(plan.summary).toMatchObject({ skippedIdentical: 2, copies: 0 });
    expect(plan.nodes).toEqual([]);
    expect(plan.environments.filter((e) => e.kind === 'environment')).toEqual([]);
  });

  it('merge adds only missing history and globals keys', () => {
    const backup = buildBackup(
      { nodes: [], environments: [{ ...env('globals', [variable('g', '2'), variable('new', 'n')]), kind: 'globals' }] },
      { includeSecrets: true, history: [historyItem()], now: 0 },
    );
    const plan = planImport(snapshot(), new Set(['h1']), backup, 'merge', 9, () => 'x');
    expect(plan.history).toEqual([]);
    expect(plan.environments[0]?.variables.map((v) => `${v.key}=${v.value}`)).toEqual(['g=1', 'new=n']);
  });

  it('knows an empty workspace', () => {
    expect(isWorkspaceEmpty({ nodes: [], environments: [] }, 0)).toBe(true);
    expect(isWorkspaceEmpty(snapshot(), 0)).toBe(false);
    expect(isWorkspaceEmpty({ nodes: [], environments: [] }, 1)).toBe(false);
  });

  it('names the path of a damaged field', () => {
    const backup = JSON.parse(JSON.stringify(buildBackup(snapshot(), { includeSecrets: true, now: 0 })));
    backup.collections[0].items[0].items[0].request.url = 42;
    const parsed = parseBackup(JSON.stringify(backup));
    expect(!parsed.ok && parsed.error).toContain('collections[0].items[0]');
  });

  it('explains non-backup files', () => {
    expect(parseBackup('{nope').ok).toBe(false);
    const postman = parseBackup(JSON.stringify({ info: { schema: 'x' }, item: [] }));
    expect(!postman.ok && postman.error).toMatch(/Postman/);
  });
});
