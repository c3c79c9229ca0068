import { useMemo, useState } from 'react';
import { formatBytes } from '../../../../core/format/bytes';
import { decoderFor } from '../../../../core/format/prettyText';
import { bytesToBase64 } from '../../../../core/encoding';
import { isScriptableImage, withPreviewPolicy } from '../../../../core/security/previewPolicy';
import { PREVIEW_LIMIT } from './bodyLimits';
import type { BodyInfo } from './useBodyInfo';
import { useBlobUrl } from './useBlobUrl';

/** SVG above this is not previewed (a data: URL is a copy of the body as base64). */
const SVG_PREVIEW_LIMIT = 8 * 1024 * 1024;

/** One key per body, so "Load remote content" starts off again for every new response. */
const bodyKeys = new WeakMap<Uint8Array, number>();
let nextBodyKey = 0;
function keyOf(bytes: Uint8Array): number {
  let key = bodyKeys.get(bytes);
  if (key === undefined) bodyKeys.set(bytes, (key = ++nextBodyKey));
  return key;
}

function HtmlPreview({ html }: { html: string }) {
  const [remote, setRemote] = useState(false);
  const doc = useMemo(() => withPreviewPolicy(html, remote), [html, remote]);
  return (
    <>
      <div className="rl-preview-bar">
        <p className="rl-muted rl-note">
          Scripts are disabled; links and forms do nothing.{' '}
          {remote ? 'Remote images, styles and media are loaded.' : 'Nothing is loaded from the network, so the server cannot tell that you looked.'}
        </p>
        <button type="button" aria-pressed={remote} onClick={() => setRemote(!remote)}>
          {remote ? 'Block remote content' : 'Load remote content'}
        </button>
      </div>
      <iframe key={String(remote)} className="rl-preview-frame" title="HTML preview" sandbox="" srcDoc={doc} referrerPolicy="no-referrer" />
    </>
  );
}

/**
 * HTML in an iframe with an empty sandbox (no scripts, opaque origin) under a policy that loads
 * nothing remote until asked. Raster images and PDFs through Blob URLs; SVG, which can carry
 * script, through a data: URL, so even opened in a tab of its own it runs on no origin of ours.
 */
export function PreviewView({ bytes, info }: { bytes: Uint8Array; info: BodyInfo }) {
  const tooBig = bytes.length > PREVIEW_LIMIT;
  const scriptable = info.kind === 'image' && isScriptableImage(info.essence);
  const html = useMemo(
    () => (info.kind === 'html' && !tooBig ? decoderFor(info.charset).decode(bytes) : undefined),
    [bytes, info.kind, info.charset, tooBig],
  );
  const svgUrl = useMemo(
    () => (scriptable && bytes.length <= SVG_PREVIEW_LIMIT ? `data:image/svg+xml;base64,${bytesToBase64(bytes)}` : undefined),
    [bytes, scriptable],
  );
  const blobType = info.kind === 'pdf' ? 'application/pdf' : info.essence.startsWith('image/') ? info.essence : 'image/png';
  const blobUrl = useBlobUrl(!tooBig && !scriptable && (info.kind === 'image' || info.kind === 'pdf') ? bytes : undefined, blobType);
  if (tooBig || (scriptable && !svgUrl)) {
    return <p className="rl-muted">This body is {formatBytes(bytes.length)}: too big to preview here. Save it to open it.</p>;
  }
  if (html !== undefined) return <HtmlPreview key={keyOf(bytes)} html={html} />;
  const url = svgUrl ?? blobUrl;
  if (info.kind === 'image') {
    return url ? <img className="rl-preview-image" src={url} alt={`Image from the response (${info.essence || 'image'})`} /> : null;
  }
  if (info.kind === 'pdf') {
    return url ? <iframe className="rl-preview-frame" title="PDF preview" src={url} /> : null;
  }
  return <p className="rl-muted">There is no preview for this kind of body.</p>;
}
