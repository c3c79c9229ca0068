import { useQuery, useQueryClient } from '@tanstack/react-query';
import { builtInCourse } from '../../../../core/learn/builtInCourse';
import { parseCourse } from '../../../../core/learn/courseSchema';
import type { Course } from '../../../../core/model';
import { learnDb } from './learnDb';

const BUILT_IN = builtInCourse();

/** The built-in course and those imported, each re-validated as it is read back. */
export function useCourses() {
  const client = useQueryClient();
  const imported = useQuery({
    queryKey: ['learn', 'courses'],
    queryFn: async () => (await learnDb.courses()).flatMap((raw) => {
      const parsed = parseCourse(raw);
      return parsed.ok ? [parsed.course] : [];
    }),
    staleTime: Infinity,
  });
  const save = async (course: Course) => {
    await learnDb.saveCourse(course);
    await client.invalidateQueries({ queryKey: ['learn', 'courses'] });
  };
  return { builtIn: BUILT_IN, courses: [BUILT_IN, ...(imported.data ?? [])], save };
}
