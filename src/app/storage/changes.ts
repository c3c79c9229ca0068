/** Which items changed, so listeners (this tab's queries, other tabs) reload just those. */
export type ChangeArea = 'nodes' | 'environments' | 'history' | 'quarantine' | 'cookies';

export interface WorkspaceChange {
  area: ChangeArea;
  /** Changed or deleted item ids; null means "everything in the area" (clear, import). */
  ids: string[] | null;
  /** The tab that made the change. */
  origin: string;
}

export const CHANNEL_NAME = 'reqlab';

type Listener = (change: WorkspaceChange, remote: boolean) => void;

/**
 * Announces changes in this tab and hears other tabs' through BroadcastChannel('reqlab').
 * Messages carry ids only; a receiving tab rereads the items from IndexedDB.
 */
export class ChangeFeed {
  readonly origin: string;
  private readonly listeners = new Set<Listener>();
  private channel: BroadcastChannel | null = null;

  constructor(broadcast: boolean, origin = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`) {
    this.origin = origin;
    if (broadcast && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(CHANNEL_NAME);
      this.channel.onmessage = (event: MessageEvent) => {
        const change = event.data as WorkspaceChange | undefined;
        if (!change || typeof change !== 'object' || change.origin === this.origin) return;
        for (const l of this.listeners) l(change, true);
      };
    }
  }

  announce(area: ChangeArea, ids: string[] | null): void {
    const change: WorkspaceChange = { area, ids, origin: this.origin };
    for (const l of this.listeners) l(change, false);
    try {
      this.channel?.postMessage(change);
    } catch {
      // A closed channel (page unloading) can't tell other tabs; they reload on focus anyway.
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.channel?.close();
    this.channel = null;
    this.listeners.clear();
  }
}
