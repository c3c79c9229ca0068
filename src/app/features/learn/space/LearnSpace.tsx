import { useState } from 'react';
import { useActiveTab } from '../../../state/useActiveTab';
import { closeLearn, learnHref, type LearnRoute } from '../route';
import { CourseFile } from './CourseFile';
import { labClient } from './labClient';
import { LessonView } from './LessonView';
import { MethodMatrix } from './MethodMatrix';
import { useCourses } from './useCourses';
import { useLabSession } from './useLabSession';
import { useProgress } from './useProgress';
import './learnSpace.css';

/** The matrix has a deep link of its own beside the lessons'. */
const MATRIX_ID = 'method-matrix';

/** Learn: a course of lessons on the sandbox, beside the real editor and response viewer. */
export default function LearnSpace({ route, panelId }: { route: Extract<LearnRoute, { open: true }>; panelId?: string }) {
  const { builtIn, courses, save } = useCourses();
  const [courseId, setCourseId] = useState(builtIn.id);
  const course = courses.find((c) => c.id === courseId) ?? builtIn;
  const { progress, update } = useProgress(course.id);
  const { session, error } = useLabSession();
  const tab = useActiveTab();
  const [notice, setNotice] = useState('');
  const lessonId = route.lesson ?? progress?.position?.lesson;
  const lesson = course.lessons.find((l) => l.id === lessonId) ?? course.lessons[0]!;
  const lessonIndex = course.lessons.indexOf(lesson);

  const resetLab = async () => {
    if (!session) return;
    await labClient.reset(session.addresses.lab);
    update((p) => ({ ...p, starts: Object.fromEntries(Object.keys(p.starts).map((key) => [key, 0])) }));
    setNotice('Your lab is back to the eight books it started with, and its log is empty.');
  };
  const restartCourse = async () => {
    if (!window.confirm(`Start "${course.title}" again? Your progress in it is cleared and your lab is reset.`)) return;
    await resetLab();
    update((p) => ({ courseId: p.courseId, passed: {}, starts: {} }));
    window.location.hash = learnHref(course.lessons[0]!.id);
    setNotice('The course starts again from the first lesson.');
  };

  return (
    <aside id={panelId} className="rl-learn rl-side-panel" aria-labelledby="rl-learn-title">
      <header className="rl-learn-header">
        <h2 id="rl-learn-title">Learn HTTP</h2>
        <label>
          Course{' '}
          <select value={course.id} onChange={(event) => setCourseId(event.target.value)}>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={closeLearn}>
          Close Learn
        </button>
      </header>
      <div className="rl-learn-tools">
        <button type="button" onClick={() => void resetLab()} disabled={!session}>
          Reset my lab
        </button>
        <button type="button" onClick={() => void restartCourse()} disabled={!session}>
          Restart the course
        </button>
        <CourseFile
          course={course}
          builtInId={builtIn.id}
          onImported={async (imported) => {
            await save(imported);
            setCourseId(imported.id);
          }}
        />
      </div>
      {notice && (
        <p role="status" className="rl-note">
          {notice}
        </p>
      )}
      <nav aria-label="Lessons" className="rl-learn-lessons">
        <p>
          <a href={learnHref(MATRIX_ID)} aria-current={route.lesson === MATRIX_ID ? 'page' : undefined}>
            The method matrix: safe, idempotent, cacheable — shown live
          </a>
        </p>
        <ol>
          {course.lessons.map((l) => {
            const done = l.steps.filter((s) => progress?.passed[`${l.id}/${s.id}`] !== undefined).length;
            return (
              <li key={l.id}>
                <a href={learnHref(l.id)} aria-current={l === lesson && route.lesson !== MATRIX_ID ? 'page' : undefined}>
                  {l.title}
                  <span className="rl-lesson-progress">
                    {done === l.steps.length ? '✓ ' : ''}
                    {done}/{l.steps.length}
                    <span className="rl-visually-hidden"> steps passed</span>
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      </nav>
      {error ? (
        <p role="alert" className="rl-error-text">
          {error.message}
        </p>
      ) : !session || !progress ? (
        <p className="rl-note">Opening your lab…</p>
      ) : route.lesson === MATRIX_ID ? (
        <MethodMatrix lab={session.addresses.lab} />
      ) : (
        <LessonView
          key={`${course.id}/${lesson.id}`}
          lesson={lesson}
          stepId={(route.lesson === lesson.id ? route.step : undefined) ?? (progress.position?.lesson === lesson.id ? progress.position.step : undefined)}
          nextLesson={course.lessons[lessonIndex + 1]}
          at={session.addresses}
          tab={tab}
          progress={progress}
          update={update}
        />
      )}
    </aside>
  );
}
