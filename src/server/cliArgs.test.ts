import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseServerArgs } from './cliArgs';

describe('parseServerArgs', () => {
  it('defaults to loopback on the default port, building', () => {
    expect(parseServerArgs([], {})).toEqual({ port: DEFAULT_PORT, host: '127.0.0.1', open: false, build: true });
  });

  it('reads flags, with the flag winning over PORT', () => {
    expect(parseServerArgs(['--port', '8080', '--host', '0.0.0.0', '--open', '--no-build'], { PORT: '9000' })).toEqual({
      port: 8080,
      host: '0.0.0.0',
      open: true,
      build: false,
    });
    expect(parseServerArgs(['--port=81'], {}).port).toBe(81);
    expect(parseServerArgs([], { PORT: '9000' }).port).toBe(9000);
  });

  it('explains bad input', () => {
    expect(() => parseServerArgs(['--port', 'abc'], {})).toThrow(/port number/);
    expect(() => parseServerArgs(['--port', '70000'], {})).toThrow(/port number/);
    expect(() => parseServerArgs(['--port'], {})).toThrow(/needs a value/);
    expect(() => parseServerArgs(['--verbose'], {})).toThrow(/Unknown option --verbose/);
  });
});
