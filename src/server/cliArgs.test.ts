import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, isLoopbackHost, parseServerArgs, remoteWarning } from './cliArgs';

describe('parseServerArgs', () => {
  it('defaults to loopback on the default port, building', () => {
    expect(parseServerArgs([], {})).toEqual({ port: DEFAULT_PORT, host: '127.0.0.1', open: false, build: true, allowRemote: false, allowRemotePrivateTargets: false, limits: {} });
  });

  it('reads flags, with the flag winning over PORT', () => {
    expect(parseServerArgs(['--port', '8080', '--host', '0.0.0.0', '--allow-remote', '--open', '--no-build'], { PORT: '9000' })).toEqual({
      port: 8080,
      host: '0.0.0.0',
      open: true,
      build: false,
      allowRemote: true,
      allowRemotePrivateTargets: false,
      limits: {},
    });
    expect(parseServerArgs(['--port=81'], {}).port).toBe(81);
    expect(parseServerArgs([], { PORT: '9000' }).port).toBe(9000);
  });

  it('refuses a non-loopback address unless --allow-remote says so, and the warning names the risk', () => {
    expect(() => parseServerArgs(['--host', '0.0.0.0'], {})).toThrow(/--allow-remote/);
    expect(() => parseServerArgs(['--host', '192.168.1.5'], {})).toThrow(/your network/);
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.1', 'example.com']) expect(isLoopbackHost(host)).toBe(false);
    expect(remoteWarning('0.0.0.0', 5178)).toMatch(/private network/);
  });

  it('reads the relay limits in MB and seconds, leaving the others to their defaults', () => {
    expect(parseServerArgs(['--max-response-mb', '300', '--max-time-s=90'], {}).limits).toEqual({
      maxResponseBodyBytes: 300 * 1024 * 1024,
      maxTotalMs: 90_000,
    });
    expect(parseServerArgs(['--max-request-mb', '0.5'], {}).limits).toEqual({ maxRequestBodyBytes: 512 * 1024 });
    expect(() => parseServerArgs(['--max-time-s', '0'], {})).toThrow(/positive number/);
    expect(() => parseServerArgs(['--max-response-mb', 'lots'], {})).toThrow(/positive number/);
  });

  it('explains bad input', () => {
    expect(() => parseServerArgs(['--port', 'abc'], {})).toThrow(/port number/);
    expect(() => parseServerArgs(['--port', '70000'], {})).toThrow(/port number/);
    expect(() => parseServerArgs(['--port'], {})).toThrow(/needs a value/);
    expect(() => parseServerArgs(['--verbose'], {})).toThrow(/Unknown option --verbose/);
  });
});
