import type { RequestModel } from '../../../core/model';
import { useEffectiveAuth } from './useEffectiveAuth';

const KIND_LABEL: Record<string, string> = {
  basic: 'Basic',
  bearer: 'Bearer token',
  apikey: 'API key',
  digest: 'Digest',
  none: 'no auth',
};

/** "Auth inherited from folder Books (Bearer token)", for the request editor's Auth tab. */
export function InheritedAuthNote(props: { request: RequestModel }) {
  const effective = useEffectiveAuth(props.request);
  if (effective.source.kind === 'none' || effective.source.kind === 'request') {
    return (
      <p className="rl-note" aria-label="Effective auth">
        Not saved under a collection or folder with auth: no auth is sent.
      </p>
    );
  }
  return (
    <p className="rl-note" aria-label="Effective auth">
      {effective.text} ({KIND_LABEL[effective.auth.type] ?? effective.auth.type}).
    </p>
  );
}
