import aws4 from 'aws4';
import { describe, expect, it } from 'vitest';
import { awsSigV4Headers, type AwsSigV4Auth } from './awsSigV4';

// The credentials and time of AWS's published Signature Version 4 test suite.
const SUITE: AwsSigV4Auth = { accessKey: 'AKIDEXAMPLE', secretKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', region: 'us-east-1', service: 'service' };
const SUITE_TIME = Date.UTC(2015, 7, 30, 12, 36, 0);
const header = (list: { name: string; value: string }[], name: string) => list.find((h) => h.name === name)?.value;

/** What Postman's signer (aws4, which postman-runtime uses) makes of the same request. */
function aws4Authorization(auth: AwsSigV4Auth, method: string, url: string, headers: Record<string, string>, body?: string) {
  const u = new URL(url);
  const signed = aws4.sign(
    { method, host: u.host, path: u.pathname + u.search, headers: { ...headers }, ...(body !== undefined ? { body } : {}), service: auth.service, region: auth.region },
    { accessKeyId: auth.accessKey, secretAccessKey: auth.secretKey, ...(auth.sessionToken ? { sessionToken: auth.sessionToken } : {}) },
  );
  return signed.headers!.Authorization as string;
}

describe('AWS Signature Version 4', () => {
  it('reproduces the published test suite: get-vanilla and get-vanilla-query-order-key-case', async () => {
    const vanilla = await awsSigV4Headers(SUITE, { method: 'GET', url: 'https://example.amazonaws.com/', headers: [], body: null, now: SUITE_TIME });
    expect(header(vanilla, 'X-Amz-Date')).toBe('20150830T123600Z');
    expect(header(vanilla, 'Authorization')).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
    const ordered = await awsSigV4Headers(SUITE, { method: 'GET', url: 'https://example.amazonaws.com/?Param2=value2&Param1=value1', headers: [], body: null, now: SUITE_TIME });
    expect(header(ordered, 'Authorization')).toMatch(/Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500$/);
  });

  it('signs as Postman’s own signer (aws4) does: a JSON POST, a query, a path to encode, a session token, S3', async () => {
    const cases: { auth: AwsSigV4Auth; method: string; url: string; headers: Record<string, string>; body?: string }[] = [
      { auth: { ...SUITE, region: 'eu-west-1', service: 'execute-api' }, method: 'POST', url: 'https://api.example.com/prod/books', headers: { 'Content-Type': 'application/json' }, body: '{"title":"Dune"}' },
      { auth: SUITE, method: 'GET', url: 'https://example.amazonaws.com/books?author=Ursula%20K.%20Le%20Guin&b=2&a=1', headers: { Accept: 'application/json' } },
      { auth: SUITE, method: 'GET', url: 'https://example.amazonaws.com/a%20b/%C3%BC', headers: {} },
      { auth: { ...SUITE, sessionToken: 'token/with+chars=' }, method: 'DELETE', url: 'http://127.0.0.1:8080/sandbox/aws/books/1', headers: {} },
      { auth: { ...SUITE, service: 's3' }, method: 'PUT', url: 'https://bucket.s3.amazonaws.com/folder/file.txt', headers: { 'Content-Type': 'text/plain' }, body: 'hello' },
    ];
    for (const c of cases) {
      const now = Date.now();
      const amzDate = new Date(now).toISOString().replace(/[:-]|\.\d{3}/g, '');
      const body = c.body === undefined ? null : new TextEncoder().encode(c.body);
      const ours = await awsSigV4Headers(c.auth, { method: c.method, url: c.url, headers: Object.entries(c.headers).map(([name, value]) => ({ name, value, source: 'user' as const })), body, now });
      const sent: Record<string, string> = { ...c.headers, 'X-Amz-Date': amzDate };
      if (body) sent['Content-Length'] = String(body.byteLength);
      if (c.auth.sessionToken) sent['X-Amz-Security-Token'] = c.auth.sessionToken;
      if (c.auth.service === 's3') sent['X-Amz-Content-Sha256'] = header(ours, 'X-Amz-Content-Sha256')!;
      expect(header(ours, 'Authorization'), `${c.method} ${c.url}`).toBe(aws4Authorization(c.auth, c.method, c.url, sent, c.body));
      expect(header(ours, 'X-Amz-Security-Token')).toBe(c.auth.sessionToken);
    }
  });
});

describe('AWS Signature v4 through prepare and code generation', () => {
  it('adds the signed headers to the prepared request, and the code says the signature expires', async () => {
    const { newRequest } = await import('../model');
    const { prepareRequest } = await import('../prepare');
    const { generateSnippet } = await import('../interop/codegen/generateSnippet');
    const request = newRequest({ method: 'GET', url: 'https://example.amazonaws.com/', auth: { type: 'awsv4', ...SUITE } });
    const prepared = await prepareRequest(request, { scopes: { globals: [], collection: [], environment: [] }, now: () => SUITE_TIME });
    expect(prepared.headers.filter((h) => h.source === 'auth').map((h) => h.name)).toEqual(['X-Amz-Date', 'Authorization']);
    expect(prepared.headers.find((h) => h.name === 'Authorization')!.value).toMatch(/Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31$/);
    const python = await generateSnippet(prepared, 'python');
    expect(python).toMatch(/^# AWS Signature v4 \(service, us-east-1\): .* signed at 20150830T123600Z/);
    expect(python).toContain("botocore's SigV4Auth");
    const php = await generateSnippet(prepared, 'php');
    expect(php.startsWith('<?php\n// AWS Signature v4')).toBe(true);
  });
});
