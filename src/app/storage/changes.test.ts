import { describe, expect, it } from 'vitest';
import { ChangeFeed, type WorkspaceChange } from './changes';

describe('ChangeFeed across tabs', () => {
  it('delivers a change to the other tab as remote, not back to itself', async () => {
    const tabA = new ChangeFeed(true, 'A');
    const tabB = new ChangeFeed(true, 'B');
    const seenByB: [WorkspaceChange, boolean][] = [];
    const seenByA: [WorkspaceChange, boolean][] = [];
    tabB.subscribe((c, remote) => seenByB.push([c, remote]));
    tabA.subscribe((c, remote) => seenByA.push([c, remote]));
    const arrived = new Promise<void>((resolve) => tabB.subscribe(() => resolve()));
    tabA.announce('nodes', ['r1']);
    await arrived;
    expect(seenByB).toEqual([[{ area: 'nodes', ids: ['r1'], origin: 'A' }, true]]);
    expect(seenByA).toEqual([[{ area: 'nodes', ids: ['r1'], origin: 'A' }, false]]);
    tabA.close();
    tabB.close();
  });
});
