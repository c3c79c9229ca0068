import type { Res } from './respond';

/** Resolves when the response can take more data, or when the client went away (then `res.destroyed`). */
export function waitForDrain(res: Res): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
