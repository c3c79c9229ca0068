/** A variable in an environment, globals, a collection or a folder. */
export interface Variable {
  id: string;
  key: string;
  /** The initial value: what an export or a shared file carries. */
  value: string;
  /**
   * This browser's own value, used when sending instead of the initial one (Postman's "current
   * value"); never exported. Absent: the initial value is used.
   */
  currentValue?: string;
  enabled: boolean;
  /** Secret values are masked in the UI and kept out of exports, code and history. */
  secret: boolean;
}

export interface Environment {
  id: string;
  name: string;
  variables: Variable[];
}

/** Scopes in increasing precedence: global < collection (outer folders first) < environment < request. */
export interface VariableScopes {
  globals: Variable[];
  /** Collection variables then each enclosing folder's, outermost first. */
  collection: Variable[][];
  environment: Variable[];
  /** Request-level overrides (e.g. from a runner's data row). */
  request?: Variable[];
}
