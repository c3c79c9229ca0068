import { describe, expect, it } from 'vitest';
import { ownHostValues } from './guards';

describe('ownHostValues', () => {
  it('accepts the loopback aliases at the same port only', () => {
    const hosts = ownHostValues({ host: '127.0.0.1', port: 5178 });
    expect([...hosts].sort()).toEqual(['127.0.0.1:5178', '[::1]:5178', 'localhost:5178']);
  });

  it('brackets an IPv6 listen address', () => {
    expect(ownHostValues({ host: '::1', port: 80 })).toContain('[::1]:80');
    expect(ownHostValues({ host: '::1', port: 80 })).toContain('localhost');
  });

  it('does not add loopback aliases for a specific non-loopback address', () => {
    const hosts = ownHostValues({ host: '192.168.1.20', port: 8080 });
    expect([...hosts]).toEqual(['192.168.1.20:8080']);
  });

  it('accepts the machine addresses when listening on all interfaces, never the wildcard itself', () => {
    const hosts = ownHostValues({ host: '0.0.0.0', port: 5178 });
    expect(hosts).toContain('localhost:5178');
    expect(hosts).toContain('127.0.0.1:5178');
    expect(hosts).not.toContain('0.0.0.0:5178');
  });

  it('adds extra allowed hosts exactly', () => {
    expect(ownHostValues({ host: '127.0.0.1', port: 1 }, ['Reqlab.Test:8443'])).toContain('reqlab.test:8443');
  });
});
