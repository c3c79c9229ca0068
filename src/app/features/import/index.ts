// Light exports only (they are in the entry bundle): the panel and the parsers load on demand.
export { installInterop } from './installInterop';
export { onUrlPaste } from './urlPaste';
export { PasteNote } from './PasteNote';
