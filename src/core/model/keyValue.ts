/** One row of a params, headers, urlencoded or variables table. Disabled rows are kept, never dropped. */
export interface KeyValue {
  id: string;
  key: string;
  value: string;
  enabled: boolean;
  description?: string;
}
