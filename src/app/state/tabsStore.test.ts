import { describe, expect, it } from 'vitest';
import { newRequest } from '../../core/model';
import { tabsStore } from './tabsStore';

describe('tabsStore', () => {
  it('opens, edits (dirty), saves and closes tabs, always keeping one', () => {
    const firstId = tabsStore.getState().activeId;
    const id = tabsStore.openTab(newRequest({ url: 'http://h/a' }));
    expect(tabsStore.getState().activeId).toBe(id);
    expect(tabsStore.getTab(id)?.dirty).toBe(false);

    tabsStore.updateRequest(id, (r) => ({ ...r, method: 'POST' }));
    expect(tabsStore.getTab(id)?.dirty).toBe(true);
    tabsStore.markSaved(id);
    expect(tabsStore.getTab(id)?.dirty).toBe(false);

    // An update that returns the same object changes nothing.
    const before = tabsStore.getState();
    tabsStore.updateRequest(id, (r) => r);
    expect(tabsStore.getState()).toBe(before);

    tabsStore.closeTab(id);
    expect(tabsStore.getState().activeId).toBe(firstId);
    tabsStore.closeTab(firstId);
    expect(tabsStore.getState().tabs).toHaveLength(1);
    expect(tabsStore.getState().tabs[0]!.id).not.toBe(firstId);
  });

  it('activates a tab next to the closed one', () => {
    const a = tabsStore.openTab();
    const b = tabsStore.openTab();
    const c = tabsStore.openTab();
    tabsStore.activate(b);
    tabsStore.closeTab(b);
    expect(tabsStore.getState().activeId).toBe(c);
    tabsStore.closeTab(c);
    expect(tabsStore.getState().activeId).toBe(a);
  });
});
