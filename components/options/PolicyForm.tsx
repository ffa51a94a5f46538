import { Fragment, useState } from 'react';
import { policyFields, setField, labelFor, type PolicyField } from '../../lib/policy/fields';
import { getField, isLocked, type EffectivePolicy, type PolicySource } from '../../lib/policy/load';

const SOURCE_LABEL: Record<PolicySource, string> = {
  managed: 'Set by your organization',
  user: 'Your setting',
  default: 'Default',
};

const FIELDS = policyFields();

interface Props {
  effective: EffectivePolicy;
  /** The raw user settings as stored (may hold invalid values, which the problem list explains). */
  user: Record<string, unknown>;
  onSave(next: Record<string, unknown>): void;
}

/** Every policy field with its effective value and where it came from; managed fields are locked. */
export function PolicyForm({ effective, user, onSave }: Props) {
  const sections = [...new Set(FIELDS.map((f) => f.section))];
  return (
    <div className="policy-form">
      {sections.map((section) => (
        <fieldset key={section} data-section={section}>
          <legend>{labelFor(section)}</legend>
          {FIELDS.filter((f) => f.section === section).map((field, index, all) => {
            const locked = isLocked(effective, field.path);
            const source = effective.sources[field.path] ?? 'default';
            const userValue = getField(user, field.path);
            const shown = !locked && userValue !== undefined ? userValue : getField(effective.policy, field.path);
            const groupStarts = field.group?.description && field.group.path !== all[index - 1]?.group?.path;
            return (
              <Fragment key={field.path}>
              {groupStarts && <p className="help group-help">{field.group!.description}</p>}
              <div className={`field ${locked ? 'locked' : ''}`} data-field={field.path} data-source={source} data-locked={locked}>
                <label htmlFor={`f-${field.path}`}>{field.path.split('.').slice(1).map(labelFor).join(' › ') || field.label}</label>
                <FieldControl
                  field={field}
                  value={shown}
                  disabled={locked}
                  onChange={(value) => onSave(setField(user, field.path, value))}
                />
                <span className={`source source-${source}`} title={locked ? 'Managed by your organization; it cannot be changed here.' : undefined}>
                  {locked && source === 'default' ? 'Managed (invalid value; safe default used)' : locked ? `Locked · ${SOURCE_LABEL[source]}` : SOURCE_LABEL[source]}
                </span>
                {!locked && userValue !== undefined && (
                  <button type="button" className="reset" onClick={() => onSave(setField(user, field.path, undefined))}>Use default</button>
                )}
                {field.description && <small className="help">{field.description}</small>}
              </div>
              </Fragment>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}

function FieldControl({ field, value, disabled, onChange }: { field: PolicyField; value: unknown; disabled: boolean; onChange(value: unknown): void }) {
  const id = `f-${field.path}`;
  switch (field.kind) {
    case 'enum':
      return (
        <select id={id} name={field.path} value={String(value)} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          {field.options.map((o) => <option key={o} value={o}>{o.replace(/_/g, ' ')}</option>)}
        </select>
      );
    case 'boolean':
      return <input id={id} name={field.path} type="checkbox" checked={value === true} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />;
    case 'number':
      return (
        <input
          id={id} name={field.path} type="number" disabled={disabled} value={typeof value === 'number' ? value : String(value ?? '')}
          step={field.integer ? 1 : 0.05} min={field.min} max={field.max}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      );
    case 'string':
      return <input id={id} name={field.path} type="text" disabled={disabled} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} />;
    case 'enum-list': {
      const selected = new Set(Array.isArray(value) ? value : []);
      return (
        <span id={id} className="choices">
          {field.options.map((o) => (
            <label key={o}>
              <input
                type="checkbox" name={`${field.path}:${o}`} checked={selected.has(o)} disabled={disabled}
                onChange={(e) => onChange(field.options.filter((x) => (x === o ? e.target.checked : selected.has(x))))}
              />
              {o.replace(/_/g, ' ')}
            </label>
          ))}
        </span>
      );
    }
    case 'string-list':
      return <ListEditor id={id} name={field.path} value={value} disabled={disabled} onChange={onChange} />;
    case 'json':
      return <JsonEditor id={id} name={field.path} value={value} disabled={disabled} onChange={onChange} />;
  }
}

/** One entry per line; saved on blur so typing a line does not rewrite storage per keystroke. */
function ListEditor({ id, name, value, disabled, onChange }: { id: string; name: string; value: unknown; disabled: boolean; onChange(v: unknown): void }) {
  const text = Array.isArray(value) ? value.join('\n') : '';
  const [draft, setDraft] = useState<string>();
  return (
    <textarea
      id={id} name={name} rows={Math.min(6, Math.max(2, text.split('\n').length))} disabled={disabled}
      value={draft ?? text}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (draft === undefined) return;
        onChange(draft.split('\n').map((s) => s.trim()).filter(Boolean));
        setDraft(undefined);
      }}
    />
  );
}

/** Lists of objects as JSON; a syntax error stays in the editor and is never saved. */
function JsonEditor({ id, name, value, disabled, onChange }: { id: string; name: string; value: unknown; disabled: boolean; onChange(v: unknown): void }) {
  const text = JSON.stringify(value ?? [], null, 2);
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  return (
    <span className="json-editor">
      <textarea
        id={id} name={name} rows={Math.min(12, text.split('\n').length + 1)} disabled={disabled} spellCheck={false}
        value={draft ?? text}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft === undefined) return;
          try {
            onChange(JSON.parse(draft));
            setDraft(undefined);
            setError(undefined);
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          }
        }}
      />
      {error && <span className="json-error" role="alert">Not saved: {error}</span>}
    </span>
  );
}
