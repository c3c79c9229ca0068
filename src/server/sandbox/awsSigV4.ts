import aws4 from 'aws4';
import { readBodyOrRefuse, sendJson, type Req, type Res } from './respond.ts';

/** The sandbox's one AWS identity: shown in its route list so anyone can sign for it. */
export const SANDBOX_AWS = { accessKey: 'SANDBOXAWSKEY', secretKey: 'sandbox-aws-secret' } as const;

/** AWS refuses a request whose X-Amz-Date is further than this from its clock. */
const MAX_SKEW_MS = 15 * 60 * 1000;
const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/\s]+)\/(\d{8})\/([^/\s]+)\/([^/\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/;

function refuse(res: Res, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  sendJson(res, status, { authenticated: false, code, message, ...extra });
}

function amzTime(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN;
}

/**
 * `/sandbox/aws/…`: answers 200 only to a request signed with AWS Signature Version 4 for the
 * sandbox's key, in any region and service. The check recomputes the signature with aws4 (the
 * signer Postman uses), not with Reqlab's own, and says what differs as AWS does.
 */
export async function handleAwsSigV4(req: Req, res: Res, maxBytes: number, now = Date.now()): Promise<void> {
  const body = await readBodyOrRefuse(req, res, maxBytes);
  if (!body) return;
  const header = req.headers.authorization ?? '';
  const parsed = AUTHORIZATION.exec(header);
  if (!parsed) {
    return refuse(res, 403, 'MissingAuthenticationToken', header ? 'The Authorization header is not an AWS4-HMAC-SHA256 signature.' : 'Sign the request with AWS Signature v4.', {
      accessKey: SANDBOX_AWS.accessKey,
      secretKey: SANDBOX_AWS.secretKey,
    });
  }
  const [, accessKey, day, region, service, signedHeaders, signature] = parsed;
  if (accessKey !== SANDBOX_AWS.accessKey) return refuse(res, 403, 'InvalidClientTokenId', `The access key ${accessKey} is not the sandbox's (${SANDBOX_AWS.accessKey}).`);
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const at = amzTime(amzDate);
  if (!Number.isFinite(at) || amzDate.slice(0, 8) !== day) return refuse(res, 403, 'IncompleteSignature', 'X-Amz-Date is missing, or its day is not the one in the Credential scope.');
  if (Math.abs(now - at) > MAX_SKEW_MS) return refuse(res, 403, 'RequestTimeTooSkewed', `The signature was made at ${amzDate}, more than 15 minutes from the server's time.`);
  const names = signedHeaders!.split(';');
  if (!names.includes('host')) return refuse(res, 403, 'IncompleteSignature', 'The Host header must be signed.');
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = req.headers[name];
    if (value === undefined) return refuse(res, 403, 'IncompleteSignature', `The signed header ${name} was not received.`);
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const signer = new aws4.RequestSigner(
    { method: req.method, host: headers.host, path: req.url, headers, body, service, region, doNotModifyHeaders: true },
    { accessKeyId: SANDBOX_AWS.accessKey, secretAccessKey: SANDBOX_AWS.secretKey },
  );
  signer.datetime = amzDate;
  const expected = signer.signature();
  if (expected !== signature) {
    // What AWS's SignatureDoesNotMatch carries, so a learner can compare with what they signed.
    return refuse(res, 403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.', {
      canonicalRequest: signer.canonicalString(),
      stringToSign: signer.stringToSign(),
    });
  }
  sendJson(res, 200, { authenticated: true, accessKey, region, service, signedHeaders: names, bodyBytes: body.byteLength });
}
