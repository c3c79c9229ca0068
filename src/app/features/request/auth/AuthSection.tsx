import type { Auth, RequestModel } from '../../../../core/model';
import { AuthForm } from '../../../components/AuthForm';
import { withAuth } from '../requestEdits';
import { InheritedAuthNote } from '../../collections';

type Update = (r: (req: RequestModel) => RequestModel) => void;

function RequestAuthNote({ auth, request }: { auth: Auth; request: RequestModel }) {
  switch (auth.type) {
    case 'inherit':
      return (
        <>
          <p className="rl-note">Uses the auth of the folder or collection this request belongs to; none when it has no parent.</p>
          <InheritedAuthNote request={request} />
        </>
      );
    case 'none':
      return <p className="rl-note">No Authorization header is added, even if a parent has auth.</p>;
    case 'basic':
      return (
        <p className="rl-note">
          Sent as <code>Authorization: Basic</code> with base64 of <code>username:password</code> (not encrypted: use HTTPS).
        </p>
      );
    case 'digest':
      return (
        <p className="rl-note" role="note">
          Digest needs a challenge round trip that a page cannot do: it works through the Local relay only.
        </p>
      );
    case 'awsv4':
      return (
        <p className="rl-note">
          Each request is signed with the secret key, which is never sent: <code>Authorization: AWS4-HMAC-SHA256 …</code> covers the method, path,
          query, headers and a hash of the body, with <code>X-Amz-Date</code>; a signature is good for 15 minutes.{' '}
          <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html" target="_blank" rel="noreferrer">
            AWS Signature Version 4
          </a>
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
