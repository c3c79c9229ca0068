import { describe, expect, it } from 'vitest';
import type { Variable, VariableScopes } from '../model';
import { resolveVariables, tokenizeVariables, variableNames } from './index';

let n = 0;
const v = (key: string, value: string, extra: Partial<Variable> = {}): Variable => ({
  id: `v${n++}`,
  key,
  value,
  enabled: true,
  secret: false,
  ...extra,
});
const scopes = (s: Partial<VariableScopes>): VariableScopes => ({ globals: [], collection: [], environment: [], ...s });

describe('precedence', () => {
  const all = scopes({
    globals: [v('x', 'global'), v('g', 'g-only')],
    collection: [[v('x', 'collection')], [v('x', 'folder'), v('f', 'folder-only')]],
    environment: [v('x', 'env')],
    request: [v('x', 'request')],
  });

  it('request > environment > inner folder > collection > global', () => {
    expect(resolveVariables('{{x}}', all).text).toBe('request');
    expect(resolveVariables('{{x}}', { ...all, request: [] }).text).toBe('env');
    expect(resolveVariables('{{x}}', { ...all, request: [], environment: [] }).text).toBe('folder');
    expect(resolveVariables('{{x}}', { ...all, request: [], environment: [], collection: [[v('x', 'collection')]] }).text).toBe(
      'collection',
    );
    expect(resolveVariables('{{x}}', scopes({ globals: [v('x', 'global')] })).text).toBe('global');
  });

  it('reports where each used value came from', () => {
    const r = resolveVariables('{{x}} {{g}} {{f}}', all);
    expect(r.text).toBe('request g-only folder-only');
    expect(r.used.map((u) => [u.name, u.source])).toEqual([
      ['x', 'request'],
      ['g', 'global'],
      ['f', 'collection'],
    ]);
  });

  it('ignores disabled variables, falling back to the next scope', () => {
    const s = scopes({ globals: [v('x', 'global')], environment: [v('x', 'env', { enabled: false })] });
    expect(resolveVariables('{{x}}', s).text).toBe('global');
  });
});

describe('current values', () => {
  it('a current value is what is sent; without one, the initial value; an empty current value is empty', () => {
    const env = (extra: Partial<Variable>) => scopes({ environment: [v('host', 'initial.test', extra)] });
    expect(resolveVariables('{{host}}', env({ currentValue: 'mine.test' })).text).toBe('mine.test');
    expect(resolveVariables('{{host}}', env({})).text).toBe('initial.test');
    expect(resolveVariables('[{{host}}]', env({ currentValue: '' })).text).toBe('[]');
  });
});

describe('unresolved', () => {
  it('keeps unknown variables as written and lists them once', () => {
    const r = resolveVariables('{{a}}/{{b}}/{{a}}/{{ spaced name }}', scopes({ environment: [v('b', 'B')] }));
    expect(r.text).toBe('{{a}}/B/{{a}}/{{ spaced name }}');
    expect(r.unresolved).toEqual(['a', ' spaced name ']);
  });

  it('inserts values literally, even with $ patterns', () => {
    expect(resolveVariables('{{a}}', scopes({ globals: [v('a', "$&$1$$$'")] })).text).toBe("$&$1$$$'");
  });

  it('leaves text without variables alone, including lone braces', () => {
    expect(resolveVariables('{ "a": {} } {{ }x}}', scopes({})).text).toBe('{ "a": {} } {{ }x}}');
  });
});

describe('nested and cycles', () => {
  it('resolves variables inside values', () => {
    const s = scopes({
      globals: [v('host', 'api.example.com')],
      environment: [v('base', 'https://{{host}}/{{version}}'), v('version', 'v2')],
    });
    expect(resolveVariables('{{base}}/users', s).text).toBe('https://api.example.com/v2/users');
  });

  it('stops a cycle and reports it as unresolved', () => {
    const s = scopes({ environment: [v('a', 'A{{b}}'), v('b', 'B{{a}}'), v('self', '<{{self}}>')] });
    const r = resolveVariables('{{a}}|{{self}}', s);
    expect(r.text).toBe('AB{{a}}|<{{self}}>');
    expect(r.unresolved.sort()).toEqual(['a', 'self']);
  });

  it('bounds the depth', () => {
    const chain = Array.from({ length: 20 }, (_, i) => v(`v${i}`, `{{v${i + 1}}}`));
    chain.push(v('v20', 'end'));
    const r = resolveVariables('{{v0}}', scopes({ environment: chain }), { maxDepth: 5 });
    expect(r.text).toBe('{{v5}}');
    expect(r.unresolved).toEqual(['v5']);
    expect(resolveVariables('{{v0}}', scopes({ environment: chain }), { maxDepth: 30 }).text).toBe('end');
  });
});

describe('dynamic variables', () => {
  const now = () => Date.UTC(2026, 0, 2, 3, 4, 5, 678);
  it('timestamps from the injected clock', () => {
    const r = resolveVariables('{{$timestamp}} {{$isoTimestamp}}', scopes({}), { now });
    expect(r.text).toBe(`${Math.floor(now() / 1000)} 2026-01-02T03:04:05.678Z`);
    expect(r.used.map((u) => u.source)).toEqual(['dynamic', 'dynamic']);
  });

  it('$randomInt covers 0..1000 inclusive', () => {
    expect(resolveVariables('{{$randomInt}}', scopes({}), { random: () => 0 }).text).toBe('0');
    expect(resolveVariables('{{$randomInt}}', scopes({}), { random: () => 0.999999 }).text).toBe('1000');
    expect(resolveVariables('{{$randomInt}}', scopes({}), { random: () => 0.5 }).text).toBe('500');
  });

  it('$guid is a v4 UUID, fresh for each occurrence', () => {
    const r = resolveVariables('{{$guid}} {{$guid}}', scopes({}));
    const [a, b] = r.text.split(' ');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });

  it('$guid is deterministic with an injected random', () => {
    expect(resolveVariables('{{$guid}}', scopes({}), { random: () => 0 }).text).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('a defined variable named like a dynamic one wins', () => {
    expect(resolveVariables('{{$timestamp}}', scopes({ globals: [v('$timestamp', 'fixed')] })).text).toBe('fixed');
  });
});

describe('secrets', () => {
  const s = scopes({
    environment: [v('token', 's3cr3t', { secret: true }), v('auth', 'Bearer {{token}}'), v('user', 'ann')],
  });

  it('resolve mode gives the value', () => {
    const r = resolveVariables('{{auth}}', s);
    expect(r.text).toBe('Bearer s3cr3t');
    expect(r.used.find((u) => u.name === 'token')).toMatchObject({ secret: true, value: 's3cr3t' });
  });

  it('placeholder mode keeps secrets as {{name}}, even nested, and never leaks the value', () => {
    const r = resolveVariables('{{user}}:{{auth}}', s, { secrets: 'placeholder' });
    expect(r.text).toBe('ann:Bearer {{token}}');
    expect(r.unresolved).toEqual([]);
    expect(JSON.stringify(r)).not.toContain('s3cr3t');
  });
});

describe('tokenizeVariables', () => {
  const s = scopes({ environment: [v('host', 'h.example'), v('key', 'k', { secret: true })] });
  it('cuts text into plain and variable segments with positions and status', () => {
    const text = 'https://{{host}}/{{missing}}?k={{key}}&t={{$timestamp}}';
    const segs = tokenizeVariables(text, s);
    expect(segs.map((x) => (x.kind === 'text' ? x.text : `[${x.name}:${x.status}]`)).join('')).toBe(
      'https://[host:resolved]/[missing:unresolved]?k=[key:resolved]&t=[$timestamp:dynamic]',
    );
    for (const seg of segs) expect(text.slice(seg.start, seg.end)).toBe(seg.text);
    const host = segs.find((x) => x.kind === 'variable' && x.name === 'host');
    expect(host).toMatchObject({ value: 'h.example', source: 'environment' });
    const key = segs.find((x) => x.kind === 'variable' && x.name === 'key');
    expect(key).toMatchObject({ secret: true });
    expect(key && 'value' in key ? key.value : undefined).toBeUndefined();
  });

  it('without scopes the status is unknown', () => {
    expect(tokenizeVariables('a{{b}}')).toEqual([
      { kind: 'text', text: 'a', start: 0, end: 1 },
      { kind: 'variable', text: '{{b}}', name: 'b', start: 1, end: 6, status: 'unknown' },
    ]);
  });

  it('lists names', () => {
    expect(variableNames('{{a}}{{b}}{{a}}')).toEqual(['a', 'b']);
  });
});
