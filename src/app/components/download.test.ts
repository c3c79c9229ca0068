import { describe, expect, it } from 'vitest';
import { fileNameFor } from './download';

describe('fileNameFor', () => {
  it('keeps letters of any script, digits, dots and dashes; the rest becomes one underscore', () => {
    expect(fileNameFor('My API: v2 / staging', '.har')).toBe('My_API_v2_staging.har');
    expect(fileNameFor('  ', '.json')).toBe('export.json');
    expect(fileNameFor('Ünïcode name', '.json')).toBe('Ünïcode_name.json');
    expect(fileNameFor('a/../../etc', '.json')).toBe('a_.._.._etc.json');
  });
});
