import Columns2 from 'lucide-react/icons/columns-2';
import { setSplitOrientation, useSplitOrientation } from '../layout/splitOrientation';

/** Puts the response beside the request (wide screens) or below it. */
export function SplitToggle() {
  const orientation = useSplitOrientation();
  const beside = orientation === 'beside';
  return (
    <button
      type="button"
      className="rl-toolbar-button"
      aria-pressed={beside}
      title={beside ? 'The response is beside the request; press to put it below' : 'Put the response beside the request'}
      onClick={() => setSplitOrientation(beside ? 'stacked' : 'beside')}
    >
      <Columns2 aria-hidden size={16} />
      <span>Response beside</span>
    </button>
  );
}
