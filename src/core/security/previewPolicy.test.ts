import { describe, expect, it } from 'vitest';
import { isScriptableImage, previewPolicy, withPreviewPolicy } from './previewPolicy';

describe('preview policy', () => {
  it('loads nothing from the network unless asked, and never scripts or frames', () => {
    const local = previewPolicy(false);
    expect(local).toContain("default-src 'none'");
    expect(local).toContain('img-src data:');
    expect(local).not.toMatch(/\*/);
    const remote = previewPolicy(true);
    expect(remote).toContain('img-src * data: blob:');
    for (const p of [local, remote]) {
      expect(p).toContain("script-src 'none'");
      expect(p).toContain("frame-src 'none'");
      expect(p).toContain("object-src 'none'");
    }
  });

  it('puts the policy before the response markup', () => {
    const doc = withPreviewPolicy('<meta http-equiv="Content-Security-Policy" content="img-src *"><img src="http://x/">', false);
    expect(doc.indexOf("default-src 'none'")).toBeLessThan(doc.indexOf('img-src *'));
  });

  it('knows which image types can run script', () => {
    expect(isScriptableImage('image/svg+xml')).toBe(true);
    expect(isScriptableImage('image/png')).toBe(false);
  });
});
