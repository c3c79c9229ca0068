import type { Course } from '../../../../core/model';
import { keyValueDbOpener } from '../../../state/openKeyValueDb';

/**
 * Learn keeps its own small database beside the workspace: progress per course, the courses a
 * teacher imported, and the learner's lab id. None of it belongs in a workspace backup.
 */
const DB = 'reqlab-learn';
const VERSION = 1;
const STORES = ['progress', 'courses', 'meta'] as const;
type StoreName = (typeof STORES)[number];

export interface CourseProgress {
  courseId: string;
  /** `lesson/step` → when it passed (ms since the epoch). */
  passed: Record<string, number>;
  /** `lesson/step` → the lab seq the step began after: its check reads only newer exchanges. */
  starts: Record<string, number>;
  /** Where the learner was, for coming back. */
  position?: { lesson: string; step: string };
}

const open = keyValueDbOpener(DB, VERSION, STORES, 'Learn');

function run<T>(store: StoreName, mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(store, mode);
        const request = act(tx.objectStore(store));
        tx.oncomplete = () => resolve(request.result as T);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('The Learn database refused the write.'));
      }),
  );
}

export const learnDb = {
  progress: (courseId: string) =>
    run<CourseProgress | undefined>('progress', 'readonly', (s) => s.get(courseId)).then((p) => p ?? { courseId, passed: {}, starts: {} }),
  saveProgress: (progress: CourseProgress) => run<IDBValidKey>('progress', 'readwrite', (s) => s.put(progress, progress.courseId)),
  courses: () => run<Course[]>('courses', 'readonly', (s) => s.getAll()),
  saveCourse: (course: Course) => run<IDBValidKey>('courses', 'readwrite', (s) => s.put(course, course.id)),
  deleteCourse: (id: string) => run<undefined>('courses', 'readwrite', (s) => s.delete(id)),
  meta: (key: string) => run<string | undefined>('meta', 'readonly', (s) => s.get(key)),
  saveMeta: (key: string, value: string) => run<IDBValidKey>('meta', 'readwrite', (s) => s.put(value, key)),
};
