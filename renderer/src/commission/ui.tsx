// Small inputs the commission screens share: a labelled select, a labelled text area.
import { useId, type ReactNode } from 'react';

export function SelectField<T extends string>({ label, value, options, onChange, testId, error }: { label: string; value: T; options: Array<[T, string]>; onChange(value: T): void; testId?: string; error?: string | null }) {
  const id = useId();
  return (
    <div className="select-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId} aria-invalid={!!error}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {error && <div className="msg error" role="alert">{error}</div>}
    </div>
  );
}

export function TextArea({ label, value, onChange, testId, error, hint }: { label: string; value: string; onChange(value: string): void; testId?: string; error?: string | null; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} aria-invalid={!!error} />
      {error ? <div className="msg error" role="alert">{error}</div> : hint ? <div className="msg hint">{hint}</div> : null}
    </div>
  );
}
