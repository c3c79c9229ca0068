import { useCallback, useState } from 'react';
import { MainSheet } from '../../components/MainSheet';
import type { RunContext } from '../../state/runContext';
import type { RunTarget } from '../../state/runRequests';
import { keepRun, lastRun } from './lastRuns';
import { openExecution } from './openExecution';
import { RunnerForm } from './RunnerForm';
import { RunResults } from './RunResults';
import { startRun, type RunSession, type RunSettings } from './runSession';
import './runner.css';

/** The collection runner over the main area, as Postman opens its Runner in the work area. */
export function RunnerSheet(props: { target: RunTarget; context: RunContext; onClose: () => void }) {
  const { context, target, onClose } = props;
  const [session, setSession] = useState<RunSession | undefined>(() => lastRun(target));
  const [settings, setSettings] = useState<RunSettings | undefined>(undefined);
  const run = (next: RunSettings) => {
    const started = startRun(context, next);
    keepRun(target, started);
    setSettings(next);
    setSession(started);
  };
  const open = useCallback(
    (index: number) => {
      const e = session?.snapshot().executions[index];
      if (!e) return;
      openExecution(context, e);
      onClose();
    },
    [context, session, onClose],
  );
  return (
    <MainSheet title={context.title} eyebrow={context.folderId ? 'Run folder' : 'Run collection'} onClose={onClose}>
      <div className="rl-runner">
        <RunnerForm context={context} {...(settings ? { initial: settings } : {})} onRun={run} />
        {session ? (
          <RunResults title={context.title} session={session} onOpen={open} />
        ) : (
          <p className="rl-note rl-runner-empty">
            Runs every request {context.folderId ? 'in this folder' : 'in this collection'} in order, with its pre-request and test scripts, as newman does. Scripts can steer the order with postman.setNextRequest.
          </p>
        )}
      </div>
    </MainSheet>
  );
}
