import { useMemo } from 'react';
import { formatBytes } from '../../../../core/format/bytes';
import { decoderFor } from '../../../../core/format/prettyText';
import { PREVIEW_LIMIT } from './bodyLimits';
import type { BodyInfo } from './useBodyInfo';
import { useBlobUrl } from './useBlobUrl';

/**
 * HTML in an iframe with an empty sandbox: no scripts, no forms, and a unique origin so it
 * cannot reach Reqlab's storage or the relay token. Images and PDFs through Blob URLs.
 */
export function PreviewView({ bytes, info }: { bytes: Uint8Array; info: BodyInfo }) {
  const tooBig = bytes.length > PREVIEW_LIMIT;
  const html = useMemo(
    () => (info.kind === 'html' && !tooBig ? decoderFor(info.charset).decode(bytes) : undefined),
    [bytes, info.kind, info.charset, tooBig],
  );
  const blobType = info.kind === 'pdf' ? 'application/pdf' : info.essence.startsWith('image/') ? info.essence : 'image/png';
  const url = useBlobUrl(!tooBig && (info.kind === 'image' || info.kind === 'pdf') ? bytes : undefined, blobType);
  if (tooBig) {
    return <p className="rl-muted">This body is {formatBytes(bytes.length)}: too big to preview here. Save it to open it.</p>;
  }
  if (html !== undefined) {
    return (
      <>
        <p className="rl-muted rl-note">Scripts are disabled in this preview; links and forms do nothing.</p>
        <iframe className="rl-preview-frame" title="HTML preview" sandbox="" srcDoc={html} referrerPolicy="no-referrer" />
      </>
    );
  }
  if (info.kind === 'image') {
    return url ? <img className="rl-preview-image" src={url} alt={`Image from the response (${info.essence || 'image'})`} /> : null;
  }
  if (info.kind === 'pdf') {
    return url ? <iframe className="rl-preview-frame" title="PDF preview" src={url} /> : null;
  }
  return <p className="rl-muted">There is no preview for this kind of body.</p>;
}
