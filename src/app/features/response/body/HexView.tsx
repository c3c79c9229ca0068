import { hexDumpRow, hexRowCount } from '../../../../core/format/hexDump';
import { VirtualList } from './VirtualList';

/** A hex dump over the body itself: rows are computed only as they scroll into view. */
export function HexView({ bytes }: { bytes: Uint8Array }) {
  if (bytes.length === 0) return <p className="rl-muted">The body is empty.</p>;
  return (
    <VirtualList
      count={hexRowCount(bytes.length)}
      ariaLabel="Hex dump"
      className="rl-hex"
      renderRow={(row) => {
        const r = hexDumpRow(bytes, row);
        return (
          <>
            <span className="rl-gutter">{r.offset}</span>
            <span className="rl-hex-bytes">{r.hex.padEnd(48)}</span>
            <span className="rl-hex-ascii">{r.ascii}</span>
          </>
        );
      }}
    />
  );
}
