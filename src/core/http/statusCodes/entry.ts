import type { StatusInfo } from '../../model';

/** A registry row as written in the tables; class and colour are derived from the code. */
export type StatusEntry = Pick<StatusInfo, 'code' | 'reason' | 'meaning' | 'whatToDo' | 'spec'> &
  Partial<Pick<StatusInfo, 'note' | 'deprecated' | 'nickname'>>;
