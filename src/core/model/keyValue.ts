/** One row of a params, headers, urlencoded or variables table. Disabled rows are kept, never dropped. */
export interface KeyValue {
  id: string;
  key: string;
  value: string;
  enabled: boolean;
  description?: string;
  /**
   * Query params only: the param was written without '=' (`?flag`), as opposed to an empty
   * value (`?flag=`). Kept so the URL round-trips exactly; ignored once the value is non-empty.
   */
  noValue?: boolean;
}
