import { LAB_ID_PATTERN } from '../../../core/model/lab.ts';
import { queryParam, type Target } from '../url.ts';
import { sendJson, sendProblem, type Req, type Res } from '../respond.ts';
import type { Lab, Labs } from './labs.ts';

export type LabRouting =
  | { kind: 'handled' }
  | { kind: 'inside'; lab: Lab; id: string; inner: Target; path: string };

/**
 * `/sandbox/lab/<id>/…`. The lab's own controls (`GET log[?after=<seq>]`, `GET state`, `POST reset`) are
 * answered here and not logged; anything else is a sandbox route inside the lab.
 */
export function routeLab(req: Req, res: Res, target: Target, labs: Labs): LabRouting {
  const [, id, control, ...rest] = target.segments;
  if (id === undefined || !LAB_ID_PATTERN.test(id)) {
    req.resume();
    sendProblem(res, 404, { detail: 'A lab id is 8 to 40 characters from a-z, 0-9 and "-": /sandbox/lab/<id>/books.' });
    return { kind: 'handled' };
  }
  const lab = labs.get(id);
  if (rest.length === 0 && (control === 'log' || control === 'state' || control === 'reset')) {
    req.resume();
    answerControl(req, res, lab, id, control, target.rawQuery);
    return { kind: 'handled' };
  }
  const prefix = `/sandbox/lab/${id}`;
  const path = target.path.slice(prefix.length) || '/';
  return { kind: 'inside', lab, id, path, inner: { ...target, segments: target.segments.slice(2) } };
}

function answerControl(req: Req, res: Res, lab: Lab, id: string, control: string, rawQuery: string): void {
  const method = req.method ?? 'GET';
  if (req.method === 'OPTIONS') {
    res.statusCode = 204;
    return void res.end();
  }
  if (control === 'reset') {
    if (method !== 'POST') return sendProblem(res, 405, { detail: 'Reset a lab with POST.' }, { Allow: 'POST' });
    lab.reset();
    return sendJson(res, 200, { lab: id, reset: true, books: lab.state().length });
  }
  if (method !== 'GET' && method !== 'HEAD') return sendProblem(res, 405, { detail: `Read the lab's ${control} with GET.` }, { Allow: 'GET, HEAD' });
  res.setHeader('Cache-Control', 'no-store');
  if (control === 'state') return sendJson(res, 200, { lab: id, books: lab.state() });
  const after = Number(queryParam(rawQuery, 'after') ?? '0');
  sendJson(res, 200, { lab: id, last: lab.lastSeq(), entries: lab.entriesAfter(Number.isFinite(after) ? after : 0) });
}
