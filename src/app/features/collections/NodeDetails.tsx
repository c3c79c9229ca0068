import { lazy, Suspense, useCallback, useState } from 'react';
import type { StoredNode } from '../../../core/model';
import { nodeName } from '../../../core/workspace';
import { useDraft, VariablesTable } from '../environments';
import { MainSheet } from '../../components/MainSheet';
import { AuthEditor } from './AuthEditor';
import { MarkdownView } from './MarkdownView';
import { updateNode } from './collectionMutations';

// The script editor and its snippets load when a details sheet opens, not with the tree.
const ScriptEventsEditor = lazy(() => import('../editor/scripts').then((m) => ({ default: m.ScriptEventsEditor })));

const KIND_LABEL = { collection: 'Collection', folder: 'Folder', request: 'Request' } as const;

/** Description (Markdown), and for collections and folders the auth, variables and scripts they pass down. */
export function NodeDetails(props: { node: StoredNode; onClose: () => void }) {
  const save = useCallback((node: StoredNode) => updateNode(node), []);
  const [draft, setDraft] = useDraft(props.node, save);
  const [editingText, setEditingText] = useState(false);
  const name = nodeName(draft);
  const description = draft.kind === 'request' ? (draft.request.description ?? '') : (draft.description ?? '');
  const setDescription = (text: string) =>
    setDraft(draft.kind === 'request' ? { ...draft, request: { ...draft.request, description: text } } : { ...draft, description: text });

  return (
    <MainSheet title={`Details of ${nodeName(props.node)}`} eyebrow={KIND_LABEL[draft.kind]} onClose={props.onClose}>
      <h3>Description</h3>
      {editingText ? (
        <label className="rl-field">
          <span>Description (Markdown)</span>
          <textarea rows={6} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
      ) : description ? (
        <MarkdownView source={description} label="Description" />
      ) : (
        <p className="rl-note">No description yet.</p>
      )}
      <button type="button" onClick={() => setEditingText(!editingText)}>
        {editingText ? 'Preview description' : 'Edit description'}
      </button>
      {draft.kind !== 'request' && (
        <>
          <h3>Auth</h3>
          <p className="rl-note">Requests below use this auth when theirs is “Inherit from parent”.</p>
          <AuthEditor auth={draft.auth} allowInherit={draft.kind === 'folder'} onChange={(auth) => setDraft({ ...draft, auth })} />
          <h3>Variables</h3>
          <VariablesTable label={`Variables of ${name}`} variables={draft.variables} onChange={(variables) => setDraft({ ...draft, variables })} currentValues />
          <h3>Scripts</h3>
          <Suspense fallback={<p className="rl-note">Loading…</p>}>
            <ScriptEventsEditor
              id={`${draft.kind}/${draft.id}`}
              events={draft.events}
              onChange={(events) => setDraft({ ...draft, events })}
              scopeNote={`These run for every request in ${name}: pre-request before the request’s own, tests before the request’s tests, as Postman orders them.`}
            />
          </Suspense>
        </>
      )}
    </MainSheet>
  );
}
