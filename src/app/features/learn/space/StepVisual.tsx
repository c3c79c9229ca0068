import { useQuery } from '@tanstack/react-query';
import type { LabEntry, LessonStep } from '../../../../core/model';
import type { EditorTab } from '../../../state/tabsStore';
import { AnatomyDiagram } from './AnatomyDiagram';
import { labClient } from './labClient';
import { SequenceDiagram } from './SequenceDiagram';
import { StateTable } from './StateTable';
import { TimingDiagram } from './TimingDiagram';

/** The picture a step asks for, always from the learner's own exchange. */
export function StepVisual({ step, entries, tab, lab, last }: { step: LessonStep; entries: LabEntry[]; tab: EditorTab; lab: string; last: number }) {
  const visual = step.visual ?? 'sequence';
  const state = useQuery({ queryKey: ['learn', 'state', lab, last], queryFn: () => labClient.state(lab), enabled: visual === 'state' });
  const via = tab.exchange.sender === 'relay' ? 'relay' : tab.exchange.sender === 'browser' ? 'browser' : undefined;
  const headers = step.showHeaders ?? [];
  switch (visual) {
    case 'anatomy':
      return (
        <>
          <AnatomyDiagram url={tab.request.url} exchange={tab.exchange} />
          <SequenceDiagram entries={entries} showHeaders={headers} via={via} />
        </>
      );
    case 'state':
      return (
        <>
          <SequenceDiagram entries={entries} showHeaders={headers} via={via} />
          <StateTable entries={entries} current={state.data?.books} />
        </>
      );
    case 'timing':
      return <TimingDiagram exchange={tab.exchange} />;
    default:
      return <SequenceDiagram entries={entries} showHeaders={headers} via={via} />;
  }
}
