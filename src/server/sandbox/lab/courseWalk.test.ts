import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabEntry, StepRequest } from '../../../core/model';
import { rawRequest, startSandboxServer, type SandboxServer } from '../testServer';
import { builtInCourse } from '../../../core/learn/builtInCourse';
import { runCheck } from '../../../core/learn/runCheck';
import { stepRequestModel } from '../../../core/learn/stepRequest';
import { prepareRequest } from '../../../core/prepare';
import { memoryTokenStore, oauth2TokenKey } from '../../../core/auth/oauth2';
import { authorizationRequest, exchangeCode } from '../../../core/auth/oauth2/grants';
import type { OAuth2Auth, OAuth2TokenStore, PreparedRequest } from '../../../core/model';
import { answerConsent } from '../oauth/answerConsent';
import { SANDBOX_OAUTH } from '../oauth/oauthModel';
import { NodeSender } from '../../relay/NodeSender';

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(() => sandbox.close());

let labs = 0;
function newLab() {
  labs += 1;
  const base = `${sandbox.base}/sandbox/lab/check-lab-${labs}`;
  let seen = 0;
  return {
    base,
    /**
     * Sends as a client outside the browser does (the relay, curl): the step's own editor request,
     * prepared as the app prepares it, through the Node sender; redirects followed, no Origin.
     */
    async send(request: StepRequest, times = 1, oauth2Tokens?: OAuth2TokenStore) {
      const model = stepRequestModel(request, { lab: base, sandbox: `${sandbox.base}/sandbox` }, 'step');
      const prepared = await prepareRequest(model, { scopes: { globals: [], collection: [], environment: [] }, ...(oauth2Tokens ? { oauth2Tokens } : {}) });
      for (let i = 0; i < times; i += 1) await new NodeSender().send(prepared, AbortSignal.timeout(10_000));
    },
    /** The entries since the last call: what a step sees when it began at that moment. */
    async fresh(): Promise<LabEntry[]> {
      const { entries } = (await (await fetch(`${base}/log?after=${seen}`)).json()) as { entries: LabEntry[] };
      seen = entries.at(-1)?.seq ?? seen;
      return entries;
    },
  };
}

const nodeSend = (p: PreparedRequest) => new NodeSender().send(p, AbortSignal.timeout(10_000));

/**
 * What the Auth tab and the person in the popup do for an authorization code step: Reqlab's own
 * client makes the PKCE request, the person allows on the consent page, the code is exchanged
 * through the lab's token endpoint, and the step's request is sent with the token.
 */
async function signInAndSend(lab: ReturnType<typeof newLab>, request: StepRequest): Promise<void> {
  const auth = stepRequestModel(request, { lab: lab.base, sandbox: `${sandbox.base}/sandbox` }, 'step').auth as OAuth2Auth;
  const pending = await authorizationRequest(auth, `${sandbox.base}/oauth/callback`);
  const { location } = await answerConsent(pending.url, 'allow');
  const token = await exchangeCode(auth, pending, new URL(location!).search, nodeSend, Date.now());
  const store = memoryTokenStore();
  await store.put(oauth2TokenKey(auth), token);
  await lab.send(request, 1, store);
}

/** A client credentials token from the lab, as the step before the challenge gets one. */
async function clientToken(lab: ReturnType<typeof newLab>): Promise<string> {
  const basic = Buffer.from(`${SANDBOX_OAUTH.clientId}:${SANDBOX_OAUTH.clientSecret}`).toString('base64');
  const answer = await fetch(`${lab.base}/oauth/token`, { method: 'POST', headers: { Authorization: `Basic ${basic}` }, body: new URLSearchParams({ grant_type: 'client_credentials' }) });
  return ((await answer.json()) as { access_token: string }).access_token;
}

/** How a learner solves each challenge; a challenge no request can pass would be a broken lesson. */
const SOLUTIONS: Record<string, StepRequest> = {
  'anatomy/header-of-your-own': { method: 'GET', url: '{{lab}}/books/1', headers: [['X-Learner', 'Ada']] },
  'get-and-query/pages': { method: 'GET', url: '{{lab}}/books?page=2&limit=3' },
  'post-and-delete/follow-location': { method: 'GET', url: '{{lab}}/books/9' },
  'put-vs-patch/title-only': { method: 'PATCH', url: '{{lab}}/books/4', headers: [['Content-Type', 'application/merge-patch+json']], body: { text: '{"title":"Il nome della rosa"}', contentType: 'application/merge-patch+json' } },
  'status-codes/make-it-404': { method: 'DELETE', url: '{{lab}}/books/404' },
  'headers/make-304': { method: 'GET', url: '{{lab}}/books/1', headers: [['If-None-Match', '*']] },
  'authentication/bearer-admin': { method: 'GET', url: '{{lab}}/admin', auth: { bearer: 'admin' } },
  'authentication/api-key': { method: 'GET', url: '{{lab}}/api-key', headers: [['X-API-Key', 'sandbox-key']] },
  'oauth2/use-the-token': { method: 'GET', url: '{{lab}}/oauth/resource', auth: { bearer: '<the access_token of the step before>' } },
  'redirects/keep-method': { method: 'POST', url: '{{lab}}/redirect/1?status=307', body: { json: { order: 1 } } },
};

/** Steps a Node client can't pass by design: they are about what a browser does. */
const BROWSER_ONLY = new Set(['cors/blocked', 'cors/preflight']);

/** How many times a learner presses Send on the steps that are about repetition. */
const TIMES: Record<string, number> = { 'idempotency/post-twice': 2, 'idempotency/put-twice': 2, 'status-codes/too-many': 4 };

describe('the built-in course, walked by a client outside the browser', () => {
  it('passes every step with its own request (or the challenge solution), each judged from the lab log', async () => {
    const course = builtInCourse();
    const lab = newLab();
    const passed: string[] = [];
    for (const lesson of course.lessons) {
      for (const step of lesson.steps) {
        const key = `${lesson.id}/${step.id}`;
        if (BROWSER_ONLY.has(key)) continue;
        await lab.fresh();
        const request = step.request ?? SOLUTIONS[key];
        expect(request, `${key} has a request or a solution`).toBeDefined();
        if (key === 'post-and-delete/delete') {
          await lab.send(request!);
          await lab.send({ method: 'GET', url: '{{lab}}/books/9' });
        } else if (key === 'cookies/come-back') {
          const login = (await lab.fresh()).length === 0 ? await fetch(`${lab.base}/login`) : undefined;
          const cookie = login?.headers.get('set-cookie')?.split(';')[0] ?? '';
          await lab.fresh();
          await lab.send({ ...request!, headers: [['Cookie', cookie]] });
        } else if (key === 'oauth2/code-with-pkce') {
          await signInAndSend(lab, request!);
        } else if (key === 'oauth2/use-the-token') {
          const token = await clientToken(lab);
          await lab.fresh();
          await lab.send({ method: 'GET', url: '{{lab}}/oauth/resource', auth: { bearer: token } });
        } else {
          await lab.send(request!, TIMES[key] ?? 1);
        }
        const result = runCheck(step.check!, await lab.fresh());
        expect(result, key).toMatchObject({ passed: true });
        passed.push(key);
      }
    }
    expect(passed.length).toBeGreaterThanOrEqual(45);
  });
});

describe('a wrong attempt fails with what differs', () => {
  const course = builtInCourse();
  const step = (key: string) => {
    const [lessonId, stepId] = key.split('/');
    return course.lessons.find((l) => l.id === lessonId)!.steps.find((s) => s.id === stepId)!;
  };

  it('POST where PUT was asked', async () => {
    const lab = newLab();
    await lab.send({ method: 'POST', url: '{{lab}}/books/2', body: { json: { title: 'SICP', author: 'A' } } });
    const result = runCheck(step('put-vs-patch/put').check!, await lab.fresh());
    expect(result.passed).toBe(false);
    if (result.passed) return;
    expect(result.differences).toContain('The lab received POST; this step asks for PUT.');
    expect(result.hint).toBe("Send the PUT as filled in; the state table shows what it removed.");
  });

  it('a missing header, and a PUT that changed more than the title', async () => {
    const lab = newLab();
    await lab.send({ method: 'GET', url: '{{lab}}/books/1' });
    const noHeader = runCheck(step('headers/make-304').check!, await lab.fresh());
    expect(!noHeader.passed && noHeader.differences).toEqual(['The request had no If-None-Match header.', 'GET /books/1 was answered 200; this step expects 304.']);
    await lab.send({ method: 'PUT', url: '{{lab}}/books/4', body: { json: { title: 'Il nome della rosa', author: 'Umberto Eco' } } });
    const tooMuch = runCheck(step('put-vs-patch/title-only').check!, await lab.fresh());
    expect(!tooMuch.passed && tooMuch.differences).toEqual(['Book 4\'s "year", "isbn", "tags" changed too; only "title" should.']);
  });

  it('one POST of two, and nothing sent at all', async () => {
    const lab = newLab();
    const check = step('idempotency/post-twice').check!;
    expect(runCheck(check, [])).toMatchObject({ passed: false, message: 'Nothing has reached your lab since this step began. Send the request.' });
    await lab.send(step('idempotency/post-twice').request!);
    expect(runCheck(check, await lab.fresh())).toMatchObject({ passed: false, message: '1 of 2 requests done: send the next one (request 2 of 2).' });
  });

  it('a token got with client credentials does not pass the sign-in step: its token request was another grant, without a verifier', async () => {
    const lab = newLab();
    const token = await clientToken(lab);
    await lab.send({ method: 'GET', url: '{{lab}}/oauth/resource', auth: { bearer: token } });
    const result = runCheck(step('oauth2/code-with-pkce').check!, await lab.fresh());
    expect(result).toMatchObject({ passed: false, message: 'Not yet (request 1 of 2): POST /oauth/token → 200 is not what this step asks for.' });
    expect(!result.passed && result.differences).toEqual([
      'The form\'s "grant_type" was "client_credentials"; this step asks for "authorization_code".',
      'The form had no "code" field.',
      'The form had no "code_verifier" field.',
    ]);
  });

  it('a wrong body member names the member and both values', async () => {
    const lab = newLab();
    await lab.send({ method: 'GET', url: '{{lab}}/books?q=novel&limit=50' });
    const result = runCheck(step('python/list').check!, await lab.fresh());
    expect(!result.passed && result.differences).toEqual(['The query parameter "limit" was "50"; this step asks for "5".']);
  });
});

describe("requests that aren't the learner's", () => {
  it("skips the browser's preflight and Reqlab's no-cors probe when judging", async () => {
    const lab = newLab();
    await fetch(`${lab.base}/no-cors`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:1', 'Access-Control-Request-Method': 'GET' } });
    // As Chromium sends a no-cors fetch (undici would write its own Sec-Fetch-Mode).
    await rawRequest(sandbox.port, { method: 'HEAD', path: new URL(`${lab.base}/no-cors`).pathname, headers: { 'Sec-Fetch-Mode': 'no-cors' } });
    await fetch(`${lab.base}/no-cors`, { headers: { Origin: 'http://localhost:1' } });
    const result = runCheck({ expect: [{ method: 'GET', path: '/no-cors' }] }, await lab.fresh());
    expect(result.passed).toBe(true);
    const blocked = newLab();
    await fetch(`${blocked.base}/no-cors`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:1', 'Access-Control-Request-Method': 'PUT' } });
    expect(runCheck({ expect: { method: 'PUT' } }, await blocked.fresh())).toMatchObject({
      passed: false,
      message: "Only the browser's preflight (OPTIONS) reached your lab: its answer did not allow the request, so the browser never sent it.",
    });
    const onlyProbe = newLab();
    await rawRequest(sandbox.port, { method: 'HEAD', path: new URL(`${onlyProbe.base}/no-cors`).pathname, headers: { 'Sec-Fetch-Mode': 'no-cors' } });
    expect(runCheck({ expect: { method: 'GET' } }, await onlyProbe.fresh())).toMatchObject({ passed: false, message: 'Nothing has reached your lab since this step began. Send the request.' });
  });
});
