/** curl's options that Reqlab understands, by long name; `arg` says whether a value follows. */
export const SUPPORTED: Record<string, { arg: boolean }> = {
  request: { arg: true }, header: { arg: true }, data: { arg: true }, 'data-ascii': { arg: true }, 'data-binary': { arg: true },
  'data-raw': { arg: true }, 'data-urlencode': { arg: true }, form: { arg: true }, 'form-string': { arg: true }, user: { arg: true },
  cookie: { arg: true }, get: { arg: false }, json: { arg: true }, compressed: { arg: false }, location: { arg: false },
  'url-query': { arg: true }, 'user-agent': { arg: true }, referer: { arg: true }, insecure: { arg: false }, 'oauth2-bearer': { arg: true },
  url: { arg: true }, head: { arg: false }, digest: { arg: false }, ntlm: { arg: false }, basic: { arg: false }, 'max-time': { arg: true },
  'max-redirs': { arg: true }, 'location-trusted': { arg: false },
};

/** Options that only change what curl prints or where it writes: the request is the same. */
export const OUTPUT_ONLY: Record<string, { arg: boolean }> = {
  silent: { arg: false }, 'show-error': { arg: false }, verbose: { arg: false }, include: { arg: false }, output: { arg: true },
  fail: { arg: false }, 'progress-bar': { arg: false }, 'write-out': { arg: true }, 'dump-header': { arg: true },
  'cookie-jar': { arg: true }, 'remote-name': { arg: false }, 'no-progress-meter': { arg: false }, trace: { arg: true },
  'trace-ascii': { arg: true }, globoff: { arg: false }, 'fail-with-body': { arg: false },
  'remote-header-name': { arg: false }, 'create-dirs': { arg: false }, stderr: { arg: true },
};

/** Options Reqlab cannot honour; listed so their value is not mistaken for the URL. */
export const UNSUPPORTED_WITH_ARG = new Set([
  'proxy', 'proxy-user', 'cert', 'cacert', 'capath', 'key', 'key-type', 'cert-type', 'resolve', 'connect-to', 'upload-file',
  'range', 'interface', 'limit-rate', 'ciphers', 'config', 'netrc-file', 'unix-socket', 'abstract-unix-socket', 'pass',
  'proxy-header', 'continue-at', 'local-port', 'dns-servers', 'socks5', 'socks5-hostname', 'preproxy', 'time-cond', 'ntlm-wb',
  'aws-sigv4', 'variable', 'connect-timeout', 'retry', 'retry-delay', 'retry-max-time', 'expand-data', 'expand-url', 'expand-header', 'krb', 'crlfile', 'pinnedpubkey', 'max-filesize',
]);

export const SHORT: Record<string, string> = {
  X: 'request', H: 'header', d: 'data', F: 'form', u: 'user', b: 'cookie', G: 'get', L: 'location', A: 'user-agent',
  e: 'referer', k: 'insecure', I: 'head', m: 'max-time', s: 'silent', S: 'show-error', v: 'verbose', i: 'include',
  o: 'output', f: 'fail', '#': 'progress-bar', w: 'write-out', D: 'dump-header', c: 'cookie-jar', O: 'remote-name',
  g: 'globoff', x: 'proxy', U: 'proxy-user', E: 'cert', r: 'range', T: 'upload-file', K: 'config', J: 'remote-header-name',
  '0': 'http1.0', '1': 'tlsv1', '2': 'sslv2', '3': 'sslv3', '4': 'ipv4', '6': 'ipv6', z: 'time-cond', C: 'continue-at',
  n: 'netrc', N: 'no-buffer', q: 'disable', Z: 'parallel', Y: 'speed-limit', y: 'speed-time', t: 'telnet-option',
};

export function takesArg(long: string): boolean {
  return SUPPORTED[long]?.arg ?? OUTPUT_ONLY[long]?.arg ?? (UNSUPPORTED_WITH_ARG.has(long) || ['speed-limit', 'speed-time', 'telnet-option', 'time-cond', 'continue-at'].includes(long));
}

const KNOWN = [...Object.keys(SUPPORTED), ...Object.keys(OUTPUT_ONLY), ...UNSUPPORTED_WITH_ARG];

/** curl accepts any unambiguous prefix of a long option (`--sil` is `--silent`). */
export function expandLong(name: string): string {
  if (KNOWN.includes(name)) return name;
  const matches = KNOWN.filter((k) => k.startsWith(name));
  return matches.length === 1 ? matches[0]! : name;
}
