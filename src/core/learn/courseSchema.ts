import { z } from 'zod';
import { COURSE_FORMAT, type Course } from '../model/course';

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const slug = z.string().regex(SLUG, 'must be a slug: a-z, 0-9 and "-", at most 64 characters');
const text = z.string().trim().min(1, 'must not be empty');
const regex = z.string().refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'must be a valid regular expression');
const header = z.union([z.boolean(), z.string(), z.strictObject({ matches: regex })]);
const httpsLink = z.string().regex(/^https:\/\/[^\s]+$/, 'must be an https:// address');

const expectation = z.strictObject({
  method: z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'must be an HTTP method').optional(),
  path: z.union([z.string().startsWith('/', 'must start with /'), z.strictObject({ matches: regex })]).optional(),
  query: z.record(z.string(), z.string()).optional(),
  headers: z.record(z.string(), header).optional(),
  form: z.record(z.string(), header).optional(),
  json: z.record(z.string(), z.unknown()).optional(),
  jsonKeys: z.array(z.string()).optional(),
  status: z.union([z.number().int().min(100).max(599), z.array(z.number().int().min(100).max(599)).min(1)]).optional(),
  responseHeaders: z.record(z.string(), header).optional(),
  changed: z.strictObject({ id: z.number().int(), fields: z.array(z.string()).min(1) }).optional(),
  unchanged: z.boolean().optional(),
  created: z.boolean().optional(),
});

const request = z.strictObject({
  method: z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'must be an HTTP method'),
  url: z.string().regex(/^(\{\{(lab|crossLab|sandbox)\}\}|https?:\/\/)/, 'must start with {{lab}}, {{crossLab}}, {{sandbox}}, http:// or https://'),
  sender: z.enum(['browser', 'relay']).optional(),
  headers: z.array(z.tuple([z.string().min(1), z.string()])).optional(),
  body: z
    .union([
      z.strictObject({ json: z.unknown() }),
      z.strictObject({ text: z.string(), contentType: z.string().min(1) }),
      z.strictObject({ form: z.array(z.tuple([z.string(), z.string()])) }),
    ])
    .optional(),
  auth: z
    .union([
      z.strictObject({ basic: z.strictObject({ username: z.string(), password: z.string() }) }),
      z.strictObject({ bearer: z.string() }),
      z.strictObject({
        oauth2: z.strictObject({
          grant: z.enum(['authorization_code', 'client_credentials']),
          authUrl: z.string().optional(),
          tokenUrl: z.string().min(1),
          clientId: z.string().min(1),
          clientSecret: z.string().optional(),
          scope: z.string().optional(),
        }).refine((o) => o.grant !== 'authorization_code' || (o.authUrl ?? '') !== '', 'the authorization code grant needs an authUrl'),
      }),
    ])
    .optional(),
});

const step = z.strictObject({
  id: slug,
  title: text,
  text: z.array(text).min(1, 'needs at least one paragraph'),
  links: z.array(z.strictObject({ label: text, href: httpsLink })).optional(),
  request: request.optional(),
  check: z
    .strictObject({
      expect: z.union([expectation, z.array(expectation).min(1)]),
      hint: z.string().optional(),
      success: z.string().optional(),
    })
    .optional(),
  challenge: z.boolean().optional(),
  visual: z.enum(['sequence', 'anatomy', 'state', 'timing', 'cors']).optional(),
  showHeaders: z.array(z.string().transform((name) => name.toLowerCase())).optional(),
  needsRelay: z.string().optional(),
});

const lesson = z.strictObject({
  id: slug.refine((id) => id !== 'method-matrix', '"method-matrix" is the method matrix\'s link; choose another id'),
  title: text,
  summary: text,
  steps: z.array(step).min(1, 'needs at least one step'),
});

export const courseSchema = z
  .strictObject({
    format: z.literal(COURSE_FORMAT, { error: `must be "${COURSE_FORMAT}"` }),
    id: slug,
    title: text,
    description: z.string().optional(),
    lessons: z.array(lesson).min(1, 'needs at least one lesson'),
  })
  .superRefine((course, ctx) => {
    const lessonIds = new Set<string>();
    course.lessons.forEach((l, li) => {
      if (lessonIds.has(l.id)) ctx.addIssue({ code: 'custom', path: ['lessons', li, 'id'], message: `"${l.id}" is used by an earlier lesson` });
      lessonIds.add(l.id);
      const stepIds = new Set<string>();
      l.steps.forEach((s, si) => {
        if (stepIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['lessons', li, 'steps', si, 'id'], message: `"${s.id}" is used by an earlier step` });
        stepIds.add(s.id);
        if (s.challenge && s.request) ctx.addIssue({ code: 'custom', path: ['lessons', li, 'steps', si, 'request'], message: 'a challenge has no ready request' });
      });
    });
  });

export type CourseResult = { ok: true; course: Course } | { ok: false; problems: string[] };

/** Names a place in a course by what a person sees: `Course "HTTP" / lesson "GET" / step 2 "Query" / check`. */
export function describeCoursePath(raw: unknown, path: readonly PropertyKey[]): string {
  const names: string[] = [];
  const title = (value: unknown) => (value && typeof value === 'object' && typeof (value as { title?: unknown }).title === 'string' ? `"${(value as { title: string }).title}"` : '');
  names.push(`Course ${title(raw)}`.trim());
  let node: unknown = raw;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i]!;
    const next = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const parent = path[i - 1];
    if ((parent === 'lessons' || parent === 'steps') && typeof key === 'number') {
      names[names.length - 1] = `${parent === 'lessons' ? 'lesson' : 'step'} ${key + 1} ${title(next)}`.trim();
    } else if (key !== 'lessons' && key !== 'steps') {
      names.push(typeof key === 'number' ? `[${key}]` : String(key));
    } else {
      names.push(String(key));
    }
    node = next;
  }
  return names.join(' / ').replace(/ \/ \[/g, '[');
}

/** Parses a course from a file's text or a parsed value; the problems name each bad place. */
export function parseCourse(input: unknown): CourseResult {
  let raw = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return { ok: false, problems: ['The file is empty.'] };
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return { ok: false, problems: [`The file is not JSON: ${error instanceof Error ? error.message : String(error)}.`] };
    }
  }
  const parsed = courseSchema.safeParse(raw);
  if (parsed.success) return { ok: true, course: parsed.data as Course };
  const problems = parsed.error.issues.slice(0, 20).map((issue) => `${describeCoursePath(raw, issue.path)}: ${issue.message}.`);
  if (parsed.error.issues.length > 20) problems.push(`… and ${parsed.error.issues.length - 20} more.`);
  return { ok: false, problems };
}
