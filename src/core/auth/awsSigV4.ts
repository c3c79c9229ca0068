/**
 * AWS Signature Version 4, signed by AWS's own signer (@smithy/signature-v4, the one the AWS SDK
 * uses) with a pure-JavaScript SHA-256, so the same code signs in the page, the Worker and Node.
 * Loaded only when a request uses it. Headers as Postman's (aws4) signer sends them: X-Amz-Date,
 * X-Amz-Security-Token with a session token, X-Amz-Content-Sha256 for S3, and Authorization.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { PreparedHeader } from '../model';

export interface AwsSigV4Auth {
  accessKey: string;
  secretKey: string;
  sessionToken?: string;
  region: string;
  service: string;
}

export interface AwsSigningInput {
  method: string;
  url: string;
  headers: readonly PreparedHeader[];
  body: Uint8Array | null;
  now: number;
}

/** The headers the signature adds (the request's own headers are signed, not changed). */
export async function awsSigV4Headers(auth: AwsSigV4Auth, input: AwsSigningInput): Promise<{ name: string; value: string }[]> {
  const url = new URL(input.url);
  const service = auth.service.trim() || 'execute-api';
  const signer = new SignatureV4({
    credentials: { accessKeyId: auth.accessKey, secretAccessKey: auth.secretKey, ...(auth.sessionToken ? { sessionToken: auth.sessionToken } : {}) },
    region: auth.region.trim() || 'us-east-1',
    service,
    sha256: Sha256,
    // S3 signs the path as it is; every other service encodes it once more (AWS's rule).
    uriEscapePath: service !== 's3',
    applyChecksum: service === 's3',
  });
  const headers: Record<string, string> = { host: url.host };
  for (const h of input.headers) headers[h.name.toLowerCase()] = h.value;
  // Sent by every client for a body, so signed as aws4 signs it.
  if (input.body && input.body.byteLength > 0 && headers['content-length'] === undefined) headers['content-length'] = String(input.body.byteLength);
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const seen = query[key];
    query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  const signed = await signer.sign(
    {
      method: input.method,
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      query,
      headers,
      ...(input.body ? { body: input.body } : {}),
    },
    { signingDate: new Date(input.now) },
  );
  const out: { name: string; value: string }[] = [];
  const take = (header: string, name: string) => {
    const value = signed.headers[header];
    if (value !== undefined && headers[header] === undefined) out.push({ name, value });
  };
  take('x-amz-date', 'X-Amz-Date');
  take('x-amz-security-token', 'X-Amz-Security-Token');
  take('x-amz-content-sha256', 'X-Amz-Content-Sha256');
  out.push({ name: 'Authorization', value: signed.headers.authorization! });
  return out;
}
