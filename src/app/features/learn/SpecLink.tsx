import type { SpecRef } from '../../../core/model';

/** A citation; a link when the spec has a URL (opens in a new tab, never replaces the app). */
export function SpecLink({ spec }: { spec: SpecRef | undefined }) {
  if (!spec) return null;
  return (
    <p className="rl-learn-spec">
      Source:{' '}
      {spec.url ? (
        <a href={spec.url} target="_blank" rel="noreferrer noopener">
          {spec.title}
        </a>
      ) : (
        spec.title
      )}
    </p>
  );
}
