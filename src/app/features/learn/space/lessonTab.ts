import { stepRequestModel, type LabAddresses } from '../../../../core/learn/stepRequest';
import { newRequest, type LessonStep } from '../../../../core/model';
import { tabsStore } from '../../../state/tabsStore';

let lessonTabId: string | undefined;

/**
 * Puts a step's request in the real editor, in a tab of its own. The previous lesson tab gives way
 * only if the learner left it untouched; an edited one stays open, so nothing typed is lost.
 */
export function openStepRequest(step: LessonStep, at: LabAddresses, lessonTitle: string): string {
  const name = `${lessonTitle}: ${step.title}`;
  const request = step.request ? stepRequestModel(step.request, at, name) : newRequest({ name, url: `${at.lab}/` });
  const previous = lessonTabId ? tabsStore.getTab(lessonTabId) : undefined;
  lessonTabId = tabsStore.openTab(request);
  if (previous && !previous.dirty && previous.exchange.status === 'idle') tabsStore.closeTab(previous.id);
  return lessonTabId;
}
