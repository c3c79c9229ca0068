import { parse } from 'csv-parse/browser/esm/sync';
import type { ScriptVariables } from '../model/scripts';

const INT = /^-?\d+$/;
const FLOAT = /^-?\d*\.\d+$/;

/**
 * An iteration data file as newman reads it: JSON (an array of objects) or else CSV with a header
 * row; unquoted CSV numbers become numbers, quoted ones stay text. Throws with a message that says
 * what is wrong with the file.
 */
export function parseIterationData(text: string, fileName: string): ScriptVariables[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (json !== undefined) {
    if (!Array.isArray(json) || !json.every((row) => row !== null && typeof row === 'object' && !Array.isArray(row))) {
      throw new Error(`${fileName}: iteration data in JSON must be an array of objects, one per iteration`);
    }
    return json as ScriptVariables[];
  }
  try {
    return parse(text, {
      columns: true,
      trim: true,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      cast: (value, context) => (context.quoting ? value : INT.test(value) ? parseInt(value, 10) : FLOAT.test(value) ? parseFloat(value) : value),
    }) as ScriptVariables[];
  } catch (e) {
    throw new Error(`${fileName}: neither a JSON array nor CSV with a header row (${(e as Error).message})`);
  }
}
