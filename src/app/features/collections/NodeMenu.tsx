import type { StoredNode } from '../../../core/model';
import { nodeName } from '../../../core/workspace';
import { ActionMenu } from '../../components/ActionMenu';

export type NodeAction = 'rename' | 'duplicate' | 'delete' | 'newFolder' | 'newRequest' | 'moveUp' | 'moveDown' | 'moveTo' | 'details' | 'run';

const LABELS: Record<NodeAction, string> = {
  newRequest: 'New request',
  newFolder: 'New folder',
  run: 'Run…',
  rename: 'Rename',
  duplicate: 'Duplicate',
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveTo: 'Move to…',
  details: 'Description, auth and variables',
  delete: 'Delete',
};

/** The actions of one tree item, as a menu. */
export function NodeMenu(props: { node: StoredNode; onAction: (action: NodeAction) => void; onClose: () => void }) {
  const items = (Object.keys(LABELS) as NodeAction[])
    .filter((a) => props.node.kind !== 'request' || (a !== 'newFolder' && a !== 'newRequest' && a !== 'run'))
    .map((action) => ({ action, label: action === 'run' ? `Run ${props.node.kind === 'collection' ? 'collection' : 'folder'}…` : LABELS[action] }));
  return <ActionMenu label={`Actions for ${nodeName(props.node)}`} items={items} onAction={props.onAction} onClose={props.onClose} />;
}
