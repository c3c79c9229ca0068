import type { RequestModel } from '../../../../core/model';
import { CodeEditor } from '../../editor';

type Update = (r: (req: RequestModel) => RequestModel) => void;

export function GraphqlBodyEditor({ tabId, request, update }: { tabId: string; request: RequestModel; update: Update }) {
  const gql = request.body.graphql;
  const set = (patch: Partial<typeof gql>) => update((r) => ({ ...r, body: { ...r.body, graphql: { ...r.body.graphql, ...patch } } }));
  return (
    <div className="rl-graphql">
      <div role="group" aria-label="GraphQL query" className="rl-editor-box">
        <CodeEditor
          path={`reqlab://request/${tabId}/query.graphql`}
          language="graphql"
          value={gql.query}
          editorAriaLabel="GraphQL query editor"
          onChange={(query) => set({ query })}
        />
      </div>
      <div role="group" aria-label="GraphQL variables" className="rl-editor-box rl-editor-small">
        <CodeEditor
          path={`reqlab://request/${tabId}/variables.json`}
          language="json"
          value={gql.variables}
          editorAriaLabel="GraphQL variables editor"
          onChange={(variables) => set({ variables })}
        />
      </div>
      <p className="rl-note">Sent as a JSON POST body: {'{"query": …, "variables": …}'}.</p>
    </div>
  );
}
