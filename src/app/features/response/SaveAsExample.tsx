import { useState } from 'react';
import { defaultExampleName } from '../../../core/workspace/examples';
import type { ResponseRecord } from '../../../core/model';

/** "Save as example": asks for a name (the status line by default) and says what happened. */
export function SaveAsExample(props: { response: ResponseRecord; onSave: (name: string) => Promise<string> }) {
  const [name, setName] = useState<string | null>(null);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const save = (value: string) =>
    void props.onSave(value).then(
      (text) => {
        setName(null);
        setNote({ text, error: false });
      },
      (e: unknown) => setNote({ text: e instanceof Error ? e.message : String(e), error: true }),
    );
  return (
    <>
      {name === null ? (
        <button
          type="button"
          onClick={() => {
            setNote(null);
            setName(defaultExampleName(props.response));
          }}
        >
          Save as example
        </button>
      ) : (
        <form
          className="rl-save-example"
          onSubmit={(e) => {
            e.preventDefault();
            save(name);
          }}
        >
          <label htmlFor="rl-example-name">Example name</label>
          <input
            id="rl-example-name"
            autoFocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            onFocus={(e) => e.currentTarget.select()}
            onKeyDown={(e) => e.key === 'Escape' && setName(null)}
          />
          <button type="submit">Save example</button>
          <button type="button" onClick={() => setName(null)}>
            Cancel
          </button>
        </form>
      )}
      <span aria-live="polite" className={note?.error ? 'rl-note rl-error-text' : 'rl-note'}>
        {note?.text}
      </span>
    </>
  );
}
