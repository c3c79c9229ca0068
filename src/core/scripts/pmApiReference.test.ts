import { describe, expect, it } from 'vitest';
import { pmCompletion, pmMemberAt, pmMemberInLine } from './pmApiReference';
import { PM_RUNTIME_SOURCE } from './pmRuntime';

const names = (text: string) => pmCompletion(text)?.options.map((o) => o.name);

describe('the pm API reference for the script editor', () => {
  it('offers the members of the chain before the caret', () => {
    expect(names('pm.')).toEqual(expect.arrayContaining(['environment', 'response', 'test', 'expect', 'sendRequest']));
    expect(names('  const body = pm.response.j')).toEqual(['json']);
    expect(pmCompletion('  const body = pm.response.j')?.from).toBe('  const body = pm.response.'.length);
    expect(names('pm.response.to.have.')).toEqual(['status', 'header', 'body', 'jsonBody']);
    expect(names('pm.environment.s')).toEqual(['set']);
    expect(names('pos')).toEqual(['postman']);
  });

  it('offers nothing where the chain is not the pm API', () => {
    expect(pmCompletion('foo.')).toBeUndefined();
    expect(pmCompletion('pm.response.json().')).toBeUndefined();
    expect(pmCompletion('x.pm.')).toBeUndefined();
    expect(pmCompletion('pm.nothing.')).toBeUndefined();
    expect(pmCompletion('pm.constructor.')).toBeUndefined();
    expect(pmCompletion('')).toBeUndefined();
  });

  it('finds the member under the caret for hover', () => {
    const line = "pm.test('ok', () => pm.response.to.have.status(200));";
    expect(pmMemberInLine(line, line.indexOf('status') + 'status'.length)?.signature).toBe('pm.response.to.have.status(code: number | string): void');
    expect(pmMemberInLine(line, 'pm.test'.length)?.kind).toBe('method');
    expect(pmMemberInLine('a.pm.test', 9)).toBeUndefined();
    expect(pmMemberAt(['pm', 'toString'])).toBeUndefined();
  });

  it('lists only names the engine defines', () => {
    // Each leaf name of pm's tree appears in the runtime's source (a name removed there must go here too).
    const walk = (path: string[]): string[] => {
      const member = pmMemberAt(path);
      return Object.keys(member?.members ?? {}).flatMap((name) => [name, ...walk([...path, name])]);
    };
    for (const name of walk(['pm'])) expect(PM_RUNTIME_SOURCE, name).toContain(name);
  });
});
