import { useEffect, useMemo } from 'react';
import { runCheck } from '../../../../core/learn/runCheck';
import type { LabAddresses } from '../../../../core/learn/stepRequest';
import type { Lesson, LessonStep } from '../../../../core/model';
import { relayAvailable } from '../../../../transport';
import type { EditorTab } from '../../../state/tabsStore';
import { CheckPanel } from './CheckPanel';
import { openStepRequest } from './lessonTab';
import type { CourseProgress } from './learnDb';
import { PythonBeside } from './PythonBeside';
import { StepText } from './StepText';
import { StepVisual } from './StepVisual';
import { useStepLog } from './useStepLog';
import { useStepStart } from './useStepStart';

interface StepViewProps {
  lesson: Lesson;
  step: LessonStep;
  at: LabAddresses;
  tab: EditorTab;
  progress: CourseProgress;
  update: (change: (p: CourseProgress) => CourseProgress) => void;
  onNext?: () => void;
}

/** One step: what to know, a request for the real editor, the picture of what happened, and the check. */
export function StepView({ lesson, step, at, tab, progress, update, onNext }: StepViewProps) {
  const key = `${lesson.id}/${step.id}`;
  const start = useStepStart(key, at.lab, progress, update);
  const { log, refresh, error } = useStepLog(at.lab, start);
  const entries = useMemo(() => log?.entries ?? [], [log]);
  const result = useMemo(() => (step.check && log ? runCheck(step.check, entries) : null), [step.check, log, entries]);
  const passed = progress.passed[key] !== undefined;
  useEffect(() => {
    if (result?.passed && !passed) update((p) => ({ ...p, passed: { ...p.passed, [key]: Date.now() } }));
  }, [result, passed, key, update]);

  const restart = () => update((p) => ({ ...p, starts: { ...p.starts, [key]: log?.last ?? 0 } }));
  return (
    <div className="rl-step">
      <StepText paragraphs={step.text} />
      {step.links && (
        <ul className="rl-step-links" aria-label="Read more">
          {step.links.map((link) => (
            <li key={link.href}>
              <a href={link.href} target="_blank" rel="noreferrer noopener">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
      {step.needsRelay && (
        <p className="rl-note rl-step-relay">
          <strong>Needs the relay:</strong> {step.needsRelay}
          {relayAvailable() ? '' : ' The relay is not available on this page, so this step can only be read.'}
        </p>
      )}
      <p className="rl-step-actions">
        <button type="button" className="rl-primary" onClick={() => openStepRequest(step, at, lesson.title)}>
          {step.request ? 'Put this request in the editor' : 'Open a blank request in your lab'}
        </button>
        <button type="button" onClick={restart}>
          Start this step over
        </button>
      </p>
      {step.challenge && <p className="rl-note">A challenge: compose the request yourself. Your lab is at <code>{at.lab}</code>.</p>}
      {error ? (
        <p role="alert" className="rl-error-text">
          Your lab could not be read: {error.message}
        </p>
      ) : (
        <StepVisual step={step} entries={entries} tab={tab} lab={at.lab} last={log?.last ?? 0} />
      )}
      {step.check && <CheckPanel result={result} onCheck={() => void refresh()} busy={start === undefined} />}
      {passed && onNext && (
        <button type="button" className="rl-primary" onClick={onNext}>
          Next step
        </button>
      )}
      <PythonBeside tab={tab} />
    </div>
  );
}
