/** Every keyboard shortcut the app offers, in the words the shortcut sheet shows. One list, one truth. */
export interface Shortcut {
  keys: string[];
  does: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Request',
    shortcuts: [
      { keys: ['Ctrl/Cmd', 'Enter'], does: 'Send the request (from any field, the body editor too)' },
      { keys: ['Esc'], does: 'Cancel a request that is running' },
      { keys: ['Ctrl/Cmd', 'L'], does: 'Focus and select the URL' },
      { keys: ['Ctrl/Cmd', 'S'], does: 'Save the request' },
    ],
  },
  {
    title: 'Open requests (tabs)',
    shortcuts: [
      { keys: ['Alt', 'T'], does: 'Open a new tab (also Ctrl/Cmd+Alt+T)' },
      { keys: ['Alt', 'W'], does: 'Close the tab (also Ctrl/Cmd+Alt+W; the browser keeps Ctrl/Cmd+W)' },
      { keys: ['Alt', 'Page Down'], does: 'Next tab' },
      { keys: ['Alt', 'Page Up'], does: 'Previous tab' },
      { keys: ['←', '→'], does: 'In the tab list: move between tabs; Delete closes the focused one' },
    ],
  },
  {
    title: 'Lists and panels',
    shortcuts: [
      { keys: ['Tab'], does: 'Each list (activity bar, tabs, history, collections) is one stop; the arrow keys move inside it' },
      { keys: ['Home', 'End'], does: 'First or last item of a list' },
      { keys: ['→', '←'], does: 'In collections: open or close a folder' },
      { keys: ['F2'], does: 'In collections: rename the focused item' },
      { keys: ['Alt', '↑'], does: 'In collections: move the item up (Alt+↓ down)' },
      { keys: ['Delete'], does: 'In collections: delete the item (it can be undone)' },
      { keys: ['Shift', 'F10'], does: 'In collections: the item’s menu' },
      { keys: ['Esc'], does: 'Close a dialog or the overlay panel' },
    ],
  },
  {
    title: 'Help',
    shortcuts: [{ keys: ['?'], does: 'Show this list of shortcuts (outside a text field)' }],
  },
];
