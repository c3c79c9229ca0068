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
  details: 'Description, auth, variables and scripts',
  delete: 'Delete',
};

function labelFor(action: NodeAction, node: StoredNode): string {
  if (action === 'run') return `Run ${node.kind === 'collection' ? 'collection' : 'folder'}…`;
  // A request's details sheet holds only its description (its auth and scripts are in its tab).
  if (action === 'details' && node.kind === 'request') return 'Description';
  return LABELS[action];
}

/** The actions of one tree item, as a menu. */
export function NodeMenu(props: { node: StoredNode; onAction: (action: NodeAction) => void; onClose: () => void }) {
  const items = (Object.keys(LABELS) as NodeAction[])
    .filter((a) => props.node.kind !== 'request' || (a !== 'newFolder' && a !== 'newRequest' && a !== 'run'))
    .map((action) => ({ action, label: labelFor(action, props.node) }));
  return <ActionMenu label={`Actions for ${nodeName(props.node)}`} items={items} onAction={props.onAction} onClose={props.onClose} />;
}
