import { useState } from 'react';

/** Asks for the name of a new collection or folder, inside a dialog (no nested form: Enter creates). */
export function NewContainerField(props: { label: string; initial: string; onCreate: (name: string) => Promise<void>; onCancel: () => void }) {
  const [name, setName] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    if (!name.trim()) {
      setError('Give it a name.');
      return;
    }
    try {
      await props.onCreate(name.trim());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="rl-new-container">
      <label className="rl-field">
        <span>{props.label}</span>
        <input
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void create();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              props.onCancel();
            }
          }}
          aria-invalid={error ? true : undefined}
        />
      </label>
      <button type="button" onClick={() => void create()}>
        Create
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
      {error && <p role="alert" className="rl-error-text">{error}</p>}
    </div>
  );
}
