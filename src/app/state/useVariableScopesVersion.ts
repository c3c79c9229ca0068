import { useEffect, useState } from 'react';
import { variableScopesChanged } from './variableScopes';

/** A number that changes whenever the variable scopes may have changed: a dependency for effects. */
export function useVariableScopesVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => variableScopesChanged.listen(() => setVersion((v) => v + 1)), []);
  return version;
}
