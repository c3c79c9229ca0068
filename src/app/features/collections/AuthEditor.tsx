import type { Auth } from '../../../core/model';
import { AuthForm } from '../../components/AuthForm';

/** Auth of a collection or folder, inherited by the requests below it. */
export function AuthEditor(props: { auth: Auth; allowInherit: boolean; onChange: (auth: Auth) => void }) {
  return (
    <div className="rl-form">
      <AuthForm auth={props.auth} allowInherit={props.allowInherit} onChange={props.onChange} />
    </div>
  );
}
