import type { Auth, RequestModel } from '../../../../core/model';
import { AuthForm } from '../../../components/AuthForm';
import { withAuth } from '../requestEdits';
import { InheritedAuthNote } from '../../collections';

type Update = (r: (req: RequestModel) => RequestModel) => void;

function RequestAuthNote({ auth, request }: { auth: Auth; request: RequestModel }) {
  switch (auth.type) {
    case 'inherit':
      return <InheritedAuthNote request={request} />;
    case 'digest':
      return (
        <p className="rl-note" role="note">
          Digest needs a challenge round trip that a page cannot do: it works through the Local relay only.
        </p>
      );
    default:
      return null;
  }
}

export function AuthSection({ request, update }: { request: RequestModel; update: Update }) {
  return (
    <div className="rl-section rl-form">
      <AuthForm
        auth={request.auth}
        allowInherit
        onChange={(next) => update((r) => withAuth(r, next))}
        note={(auth) => <RequestAuthNote auth={auth} request={request} />}
      />
    </div>
  );
}
