import type { DisclosureLogEntry } from '../../lib/log/types';

/** Disclosure log rows, newest first. Metadata only: there is no message text to show. */
export function LogTable({ entries, limit }: { entries: readonly DisclosureLogEntry[]; limit?: number }) {
  const rows = [...entries].reverse().slice(0, limit ?? entries.length);
  if (rows.length === 0) return <p className="empty" id="log-empty">No disclosures logged yet.</p>;
  return (
    <table className="log" id="log-table">
      <thead>
        <tr><th>When</th><th>Site</th><th>Outcome</th><th>Purpose</th><th>Found</th><th>Recipients</th></tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={`${e.at}-${e.messageHash}`} data-outcome={e.outcome}>
            <td>{new Date(e.at).toLocaleString()}</td>
            <td>{e.site}</td>
            <td>{e.outcome}</td>
            <td>{e.purpose?.replace(/_/g, ' ') ?? '—'}</td>
            <td>{Object.entries(e.counts).map(([type, n]) => `${type.replace(/_/g, ' ')} ×${n}`).join(', ') || '—'}</td>
            <td>{e.recipientCount} ({e.recipientDomains.join(', ') || 'none'})</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
