import { describe, expect, it } from 'vitest';
import { builtInCourse } from './builtInCourse';
import { parseCourse } from './courseSchema';
import courseFile from './course/http-by-doing.json';

const minimal = () => ({
  format: 'reqlab-course/1',
  id: 'mine',
  title: 'My course',
  lessons: [{ id: 'one', title: 'One', summary: 'First', steps: [{ id: 'a', title: 'Send it', text: ['Go.'], request: { method: 'GET', url: '{{lab}}/books' } }] }],
});

describe('the course format', () => {
  it('reads the built-in course, with at least the eleven lessons the course promises', () => {
    const course = builtInCourse();
    expect(course.lessons.length).toBeGreaterThanOrEqual(11);
    for (const id of ['anatomy', 'get-and-query', 'post-and-delete', 'put-vs-patch', 'idempotency', 'status-codes', 'headers', 'authentication', 'cookies', 'redirects', 'cors', 'lifecycle', 'python']) {
      expect(course.lessons.map((lesson) => lesson.id)).toContain(id);
    }
    expect(course.lessons.every((lesson) => lesson.steps.every((step) => step.check !== undefined))).toBe(true);
    // Each step links to where it is specified (RFC, MDN or the library's manual).
    expect(course.lessons.flatMap((lesson) => lesson.steps.filter((step) => !step.links?.length).map((step) => `${lesson.id}/${step.id}`))).toEqual([]);
  });

  it('accepts a minimal course, from text or a value', () => {
    expect(parseCourse(minimal()).ok).toBe(true);
    expect(parseCourse(JSON.stringify(minimal())).ok).toBe(true);
  });

  it('names a bad place by lesson and step titles', () => {
    const course = minimal();
    (course.lessons[0]!.steps[0] as Record<string, unknown>).check = { expect: { method: 'GE T' } };
    const result = parseCourse(course);
    expect(result).toEqual({ ok: false, problems: ['Course "My course" / lesson 1 "One" / step 1 "Send it" / check / expect / method: must be an HTTP method.'] });
  });

  it('tells an empty file, broken JSON, another format and duplicate ids apart', () => {
    expect(parseCourse('  ')).toEqual({ ok: false, problems: ['The file is empty.'] });
    const broken = parseCourse('{"format": ');
    expect(!broken.ok && broken.problems[0]).toMatch(/^The file is not JSON: /);
    const other = parseCourse({ ...minimal(), format: 'postman' });
    expect(!other.ok && other.problems[0]).toBe('Course "My course" / format: must be "reqlab-course/1".');
    const twice = minimal();
    twice.lessons.push({ ...twice.lessons[0]!, title: 'Again' });
    const dup = parseCourse(twice);
    expect(!dup.ok && dup.problems).toEqual(['Course "My course" / lesson 2 "Again" / id: "one" is used by an earlier lesson.']);
  });

  it('refuses unknown members, script-like links and bad regular expressions', () => {
    const course = minimal();
    const step = course.lessons[0]!.steps[0] as Record<string, unknown>;
    step.links = [{ label: 'Run', href: 'javascript:alert(1)' }];
    step.check = { expect: { path: { matches: '(' } } };
    step.onLoad = 'alert(1)';
    const result = parseCourse(course);
    expect(result.ok).toBe(false);
    const problems = !result.ok ? result.problems.join('\n') : '';
    expect(problems).toContain('step 1 "Send it" / links[0] / href: must be an https:// address.');
    expect(problems).toContain('step 1 "Send it" / check / expect / path');
    expect(problems).toMatch(/step 1 "Send it": Unrecognized key: "onLoad"/);
  });

  it('keeps the built-in file and its parsed form the same', () => {
    expect(JSON.parse(JSON.stringify(builtInCourse()))).toEqual(courseFile);
  });
});
