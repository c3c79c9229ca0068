import type { RequestModel } from '../../../../core/model';
import { KeyValueTable } from '../../../components/KeyValueTable';
import { withParams, withPathVariables } from '../requestEdits';

export function ParamsSection({ request, update }: { request: RequestModel; update: (r: (req: RequestModel) => RequestModel) => void }) {
  return (
    <div className="rl-section">
      <h3 className="rl-section-title">Query parameters</h3>
      <KeyValueTable
        label="Query parameters"
        rows={request.params}
        onChange={(rows) => update((r) => withParams(r, rows))}
      />
      <p className="rl-note">
        The table and the URL follow each other. Values are encoded once when written to the URL; <code>{'{{variables}}'}</code> are
        left as they are.
      </p>
      {request.pathVariables.length > 0 && (
        <>
          <h3 className="rl-section-title">Path variables</h3>
          <KeyValueTable
            label="Path variables"
            rows={request.pathVariables}
            fixedKeys
            noToggle
            keyLabel="Variable"
            onChange={(rows) => update((r) => withPathVariables(r, rows))}
          />
        </>
      )}
    </div>
  );
}
