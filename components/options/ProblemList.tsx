import type { PolicyProblem } from '../../lib/policy/load';

const FROM: Record<PolicyProblem['source'], string> = { managed: 'Organization policy', user: 'Your settings', file: 'Policy file' };

/** Fields that failed validation: each one says where, why, and that the safe default applies instead. */
export function ProblemList({ problems }: { problems: readonly PolicyProblem[] }) {
  if (problems.length === 0) return <p id="policy-problems" data-count="0" className="ok">No problems: every setting is valid.</p>;
  return (
    <div id="policy-problems" data-count={problems.length} className="problems" role="alert">
      <p>{problems.length} setting{problems.length === 1 ? '' : 's'} could not be applied; the safe default is used instead.</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-path={p.path} data-source={p.source}>
            <strong>{FROM[p.source]}</strong> <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
