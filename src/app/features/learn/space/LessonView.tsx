import { useEffect } from 'react';
import type { LabAddresses } from '../../../../core/learn/stepRequest';
import type { Lesson } from '../../../../core/model';
import type { EditorTab } from '../../../state/tabsStore';
import { learnHref } from '../route';
import type { CourseProgress } from './learnDb';
import { StepView } from './StepView';

interface LessonViewProps {
  lesson: Lesson;
  stepId: string | undefined;
  nextLesson: Lesson | undefined;
  at: LabAddresses;
  tab: EditorTab;
  progress: CourseProgress;
  update: (change: (p: CourseProgress) => CourseProgress) => void;
}

/** A lesson's steps in order; one is open at a time, and each says whether it passed. */
export function LessonView({ lesson, stepId, nextLesson, at, tab, progress, update }: LessonViewProps) {
  const firstOpen = lesson.steps.find((s) => progress.passed[`${lesson.id}/${s.id}`] === undefined) ?? lesson.steps[0]!;
  const current = lesson.steps.find((s) => s.id === stepId) ?? firstOpen;
  useEffect(() => {
    if (progress.position?.lesson === lesson.id && progress.position.step === current.id) return;
    update((p) => ({ ...p, position: { lesson: lesson.id, step: current.id } }));
  }, [lesson.id, current.id, progress.position, update]);
  const index = lesson.steps.indexOf(current);
  const next = lesson.steps[index + 1];
  return (
    <article className="rl-lesson" aria-labelledby="rl-lesson-title">
      <h3 id="rl-lesson-title">{lesson.title}</h3>
      <p className="rl-lesson-summary">{lesson.summary}</p>
      <ol className="rl-steps">
        {lesson.steps.map((step, i) => {
          const passed = progress.passed[`${lesson.id}/${step.id}`] !== undefined;
          const open = step === current;
          return (
            <li key={step.id} className={open ? 'rl-step-open' : undefined}>
              <h4 className="rl-step-heading">
                <a href={learnHref(lesson.id, step.id)} aria-current={open ? 'step' : undefined}>
                  <span className="rl-step-mark" aria-hidden="true">
                    {passed ? '✓' : i + 1}
                  </span>
                  {step.title}
                  {passed && <span className="rl-visually-hidden"> (passed)</span>}
                  {step.challenge && <span className="rl-step-badge">challenge</span>}
                </a>
              </h4>
              {open && (
                <StepView
                  key={step.id}
                  lesson={lesson}
                  step={step}
                  at={at}
                  tab={tab}
                  progress={progress}
                  update={update}
                  onNext={next ? () => (window.location.hash = learnHref(lesson.id, next.id)) : nextLesson ? () => (window.location.hash = learnHref(nextLesson.id)) : undefined}
                />
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
