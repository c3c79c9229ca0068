import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { learnDb, type CourseProgress } from './learnDb';

/** Progress in one course, from IndexedDB; `update` writes through and shows at once. */
export function useProgress(courseId: string) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['learn', 'progress', courseId], queryFn: () => learnDb.progress(courseId), staleTime: Infinity });
  const update = useCallback(
    (change: (progress: CourseProgress) => CourseProgress) => {
    const key = ['learn', 'progress', courseId];
    const current = client.getQueryData<CourseProgress>(key) ?? { courseId, passed: {}, starts: {} };
    const next = change(current);
    if (next === current) return;
    client.setQueryData(key, next);
    void learnDb.saveProgress(next).catch((error: unknown) => console.error('Learn progress was not saved', error));
    },
    [client, courseId],
  );
  return { progress: query.data, update };
}
