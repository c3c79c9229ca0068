// @vitest-environment jsdom
import { useState } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeyValue, MultipartField, Variable } from '../../../core/model';
import { KeyValueTable } from '../KeyValueTable';
import { splitHeaderPaste } from '../../features/request/headers/bulkHeaders';
import { MultipartTable } from '../../features/request/body/MultipartTable';
import { VariablesTable } from '../../features/environments/VariablesTable';
import { newRequest, type RequestModel } from '../../../core/model';

afterEach(cleanup);

/** The table as a feature uses it: the rows live in the parent's state. */
function Headers(props: { initial?: KeyValue[]; seen: { rows: KeyValue[] } }) {
  const [rows, setRows] = useState<KeyValue[]>(props.initial ?? []);
  props.seen.rows = rows;
  return <KeyValueTable label="Request headers" keyLabel="Header" rows={rows} onChange={setRows} splitPaste={splitHeaderPaste} />;
}

const pairs = (rows: KeyValue[]) => rows.map((r) => [r.key, r.value]);

function setup(initial?: KeyValue[]) {
  const seen = { rows: [] as KeyValue[] };
  render(<Headers initial={initial} seen={seen} />);
  return { seen, user: userEvent.setup() };
}

describe('editable table, typed one key at a time', () => {
  it('typing a name in the new row makes one row and keeps the caret in it', async () => {
    const { seen, user } = setup();
    await user.click(screen.getByLabelText('New header'));
    await user.keyboard('X-Bars');
    expect(pairs(seen.rows)).toEqual([['X-Bars', '']]);
    const field = screen.getByLabelText('Header 1') as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(6);
    // A fresh draft row waits below.
    expect((screen.getByLabelText('New header') as HTMLInputElement).value).toBe('');
  });

  it('Tab goes to the value, Shift+Tab comes back, and the value is typed into the same row', async () => {
    const { seen, user } = setup();
    await user.click(screen.getByLabelText('New header'));
    await user.keyboard('X-Bars');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Value 1'));
    await user.keyboard('yes');
    expect(pairs(seen.rows)).toEqual([['X-Bars', 'yes']]);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByLabelText('Header 1'));
  });

  it('Tab at the end of a row and Enter anywhere in it start the next row', async () => {
    const { seen, user } = setup();
    await user.click(screen.getByLabelText('New header'));
    await user.keyboard('A{Tab}1{Tab}B{Enter}C{Tab}3');
    expect(pairs(seen.rows)).toEqual([
      ['A', '1'],
      ['B', ''],
      ['C', '3'],
    ]);
  });

  it('Tab from the empty new row leaves the table', async () => {
    setup();
    render(<button type="button">after</button>);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('New value'));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }));
  });

  it('deleting the last character of a new row leaves no empty row behind', async () => {
    const { seen, user } = setup();
    await user.click(screen.getByLabelText('New header'));
    await user.keyboard('ab{Backspace}{Backspace}');
    expect(seen.rows).toEqual([]);
    const draft = screen.getByLabelText('New header');
    expect(document.activeElement).toBe(draft);
    await user.keyboard('c');
    expect(pairs(seen.rows)).toEqual([['c', '']]);
    expect(screen.getAllByRole('row')).toHaveLength(3); // header row, the row, the draft
  });

  it('Backspace in an emptied row removes it; a row left empty is removed when focus leaves it', async () => {
    const { seen, user } = setup([
      { id: 'a', key: 'A', value: '', enabled: true },
      { id: 'b', key: 'B', value: '', enabled: true },
      { id: 'c', key: 'C', value: '', enabled: true },
    ]);
    await user.click(screen.getByLabelText('Header 2'));
    await user.keyboard('{End}{Backspace}{Backspace}');
    expect(pairs(seen.rows)).toEqual([
      ['A', ''],
      ['C', ''],
    ]);
    expect(document.activeElement).toBe(screen.getByLabelText('Value 1'));

    await user.click(screen.getByLabelText('Header 1'));
    await user.keyboard('{End}{Backspace}');
    expect(pairs(seen.rows)).toEqual([
      ['', ''],
      ['C', ''],
    ]);
    await user.click(screen.getByLabelText('Header 2'));
    expect(pairs(seen.rows)).toEqual([['C', '']]);
  });

  it('pasting "Name: value" lines into a name splits them into rows; a bare name pastes as text', async () => {
    const { seen, user } = setup();
    await user.click(screen.getByLabelText('New header'));
    await user.paste('Accept: application/json\nX-Trace: 1\n// X-Off: 2');
    expect(seen.rows.map((r) => [r.key, r.value, r.enabled])).toEqual([
      ['Accept', 'application/json', true],
      ['X-Trace', '1', true],
      ['X-Off', '2', false],
    ]);
    expect(document.activeElement).toBe(screen.getByLabelText('New header'));
    await user.paste('X-Plain');
    expect(seen.rows.at(-1)?.key).toBe('X-Plain');
    expect(seen.rows).toHaveLength(4);
  });
});

describe('the other tables share the behaviour', () => {
  it('multipart: name, Tab past the kind, value', async () => {
    const seen = { request: newRequest() };
    function Harness() {
      const [request, setRequest] = useState<RequestModel>(newRequest());
      seen.request = request;
      return <MultipartTable request={request} update={(f) => setRequest((r) => f(r))} />;
    }
    render(<Harness />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('New field name'));
    await user.keyboard('caption');
    await user.tab(); // the kind select
    await user.tab();
    await user.keyboard('a b');
    const fields: MultipartField[] = seen.request.body.multipart;
    expect(fields.map((f) => [f.key, f.kind, f.value])).toEqual([['caption', 'text', 'a b']]);
  });

  it('variables: name, Tab, value', async () => {
    const seen = { variables: [] as Variable[] };
    function Harness() {
      const [variables, setVariables] = useState<Variable[]>([]);
      seen.variables = variables;
      return <VariablesTable label="Global variables" variables={variables} onChange={setVariables} />;
    }
    render(<Harness />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('New variable name'));
    await user.keyboard('baseUrl{Tab}http://x');
    expect(seen.variables.map((v) => [v.key, v.value])).toEqual([['baseUrl', 'http://x']]);
  });
});
