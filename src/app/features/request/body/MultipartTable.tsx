import { newId, type MultipartField, type RequestModel } from '../../../../core/model';
import { FilePicker } from '../../../components/FilePicker';

type Update = (r: (req: RequestModel) => RequestModel) => void;

function newField(patch: Partial<MultipartField>): MultipartField {
  return { id: newId(), key: '', enabled: true, kind: 'text', value: '', ...patch };
}

/** multipart/form-data fields: text or file, each with an optional Content-Type of its own. */
export function MultipartTable({ request, update }: { request: RequestModel; update: Update }) {
  const rows = request.body.multipart;
  const set = (next: MultipartField[]) => update((r) => ({ ...r, body: { ...r.body, multipart: next } }));
  const patch = (i: number, p: Partial<MultipartField>) => set(rows.map((f, j) => (j === i ? { ...f, ...p } : f)));
  return (
    <table className="rl-kv" aria-label="Multipart fields">
      <thead>
        <tr>
          <th className="rl-kv-toggle"><span className="rl-visually-hidden">Enabled</span></th>
          <th>Name</th>
          <th>Kind</th>
          <th>Value</th>
          <th>Content-Type</th>
          <th className="rl-kv-actions"><span className="rl-visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((f, i) => (
          <tr key={f.id} className={f.enabled ? undefined : 'rl-kv-disabled'}>
            <td className="rl-kv-toggle">
              <input type="checkbox" aria-label={`Enable ${f.key || `field ${i + 1}`}`} checked={f.enabled} onChange={(e) => patch(i, { enabled: e.target.checked })} />
            </td>
            <td>
              <input aria-label={`Field name ${i + 1}`} value={f.key} spellCheck={false} onChange={(e) => patch(i, { key: e.target.value })} />
            </td>
            <td>
              <select aria-label={`Field kind ${i + 1}`} value={f.kind} onChange={(e) => patch(i, { kind: e.target.value as 'text' | 'file' })}>
                <option value="text">Text</option>
                <option value="file">File</option>
              </select>
            </td>
            <td>
              {f.kind === 'text' ? (
                <input aria-label={`Field value ${i + 1}`} value={f.value} spellCheck={false} onChange={(e) => patch(i, { value: e.target.value })} />
              ) : (
                <FilePicker label={`File for ${f.key || `field ${i + 1}`}`} file={f.file} onPick={(file) => patch(i, { file })} />
              )}
            </td>
            <td>
              <input
                aria-label={`Field content type ${i + 1}`}
                value={f.contentType ?? ''}
                placeholder={f.kind === 'file' ? f.file?.type || 'auto' : 'none'}
                list="rl-media-types"
                onChange={(e) => patch(i, { contentType: e.target.value || undefined })}
              />
            </td>
            <td className="rl-kv-actions">
              <button type="button" aria-label={`Delete ${f.key || `field ${i + 1}`}`} onClick={() => set(rows.filter((_, j) => j !== i))}>
                ×
              </button>
            </td>
          </tr>
        ))}
        <tr className="rl-kv-new">
          <td />
          <td colSpan={5}>
            <button type="button" onClick={() => set([...rows, newField({})])}>
              Add text field
            </button>{' '}
            <button type="button" onClick={() => set([...rows, newField({ kind: 'file' })])}>
              Add file field
            </button>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
