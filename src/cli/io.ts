/** Where a command writes: process streams in the bin, buffers in tests. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}
