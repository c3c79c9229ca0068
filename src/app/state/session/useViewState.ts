import { useCallback, useState } from 'react';
import { readViewState, writeViewState } from './viewState';

/** `useState` whose value this window keeps across reloads and restarts (see viewState). */
export function useViewState<T>(name: string, accept: (value: unknown) => value is T, fallback: T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => readViewState(name, accept, fallback));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      writeViewState(name, next);
    },
    [name],
  );
  return [value, set];
}
