/** The element in the main area that sheets cover; the shell renders it, MainSheet portals into it. */
export const MAIN_SHEET_HOST_ID = 'rl-main-sheet-host';
