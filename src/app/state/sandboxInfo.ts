/** The sandbox's cross-origin address, as the server announces it (absent on a server open to other machines). */
export async function sandboxCrossOrigin(origin: string): Promise<string | undefined> {
  try {
    const index = (await (await fetch(`${origin}/sandbox`)).json()) as { crossOrigin?: unknown };
    return typeof index.crossOrigin === 'string' && /^http:\/\/[^/]+$/.test(index.crossOrigin) ? index.crossOrigin : undefined;
  } catch {
    return undefined;
  }
}
