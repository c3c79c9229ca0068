import { useState } from 'react';
import type { RequestModel } from '../../../../core/model';
import { COMMON_HEADER_NAMES, commonHeaderValues } from '../../../../core/http/headers';
import { KeyValueTable } from '../../../components/KeyValueTable';
import { withHeaders } from '../requestEdits';
import { AutoHeadersTable } from './AutoHeadersTable';
import { bulkToHeaders, headersToBulk, splitHeaderPaste } from './bulkHeaders';

type Update = (r: (req: RequestModel) => RequestModel) => void;

function ValueSuggestions({ names }: { names: string[] }) {
  // One datalist of values for all the header names in the table (datalists cannot depend on the row).
  const values = [...new Set(names.flatMap((n) => commonHeaderValues(n)))];
  return (
    <datalist id="rl-header-values">
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}

export function HeadersSection({ request, update }: { request: RequestModel; update: Update }) {
  const [bulk, setBulk] = useState(false);
  const [bulkText, setBulkText] = useState('');
  return (
    <div className="rl-section">
      <div className="rl-section-bar">
        <h3 className="rl-section-title">Headers</h3>
        <button
          type="button"
          aria-pressed={bulk}
          onClick={() => {
            if (!bulk) setBulkText(headersToBulk(request.headers));
            setBulk(!bulk);
          }}
        >
          {bulk ? 'Table edit' : 'Bulk edit'}
        </button>
      </div>
      {bulk ? (
        <>
          <textarea
            aria-label="Headers as lines"
            className="rl-bulk rl-mono"
            rows={8}
            value={bulkText}
            spellCheck={false}
            onChange={(e) => {
              setBulkText(e.target.value);
              const text = e.target.value;
              update((r) => withHeaders(r, bulkToHeaders(text, r.headers)));
            }}
          />
          <p className="rl-note">
            One <code>Name: value</code> per line; start a line with <code>//</code> to keep it but not send it.
          </p>
        </>
      ) : (
        <KeyValueTable
          label="Request headers"
          rows={request.headers}
          keyLabel="Header"
          keyListId="rl-header-names"
          valueListId="rl-header-values"
          splitPaste={splitHeaderPaste}
          onChange={(rows) => update((r) => withHeaders(r, rows))}
        />
      )}
      <datalist id="rl-header-names">
        {COMMON_HEADER_NAMES.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <ValueSuggestions names={request.headers.map((h) => h.key)} />
      <h3 className="rl-section-title">Added by Reqlab</h3>
      <AutoHeadersTable request={request} update={update} />
    </div>
  );
}
