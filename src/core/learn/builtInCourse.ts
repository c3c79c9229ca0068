import type { Course } from '../model';
import { parseCourse } from './courseSchema';
import courseFile from './course/http-by-doing.json';

/** The built-in course, read through the same parser as a teacher's file: it can't drift from the format. */
export function builtInCourse(): Course {
  const parsed = parseCourse(courseFile);
  if (!parsed.ok) throw new Error(`The built-in course is invalid: ${parsed.problems.join(' ')}`);
  return parsed.course;
}
