/** Above this a body is summarised: only its first part is formatted until "Show all". */
export const SUMMARY_THRESHOLD = 2 * 1024 * 1024;
/** How much of a summarised body is shown. */
export const PREVIEW_BYTES = 256 * 1024;
/** Bodies this small are formatted on the main thread: a worker round trip costs more. */
export const SYNC_FORMAT_LIMIT = 64 * 1024;
/** Monaco (folding, find) for bodies up to this size; above, the virtual row list (Monaco freezes on big texts). */
export const MONACO_BYTES_LIMIT = 512 * 1024;
/** Preview (iframe, image, PDF) copies the body into a Blob; above this, Save is offered instead. */
export const PREVIEW_LIMIT = 64 * 1024 * 1024;
