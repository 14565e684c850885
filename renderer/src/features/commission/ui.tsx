// Small inputs the commission screens share: a labelled select, a labelled text area,
// and the parts of their editable tables (header row, input cell, remove-row cell).
import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { useLanguage } from '@renderer/i18n/language';

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
  error,
}: {
  label: string;
  value: T;
  options: Array<[T, string]>;
  onChange(value: T): void;
  testId?: string;
  error?: string | null;
}) {
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
      {error && (
        <div className="msg error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

export function TextArea({
  label,
  value,
  onChange,
  testId,
  error,
  hint,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  testId?: string;
  error?: string | null;
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} aria-invalid={!!error} />
      {error ? (
        <div className="msg error" role="alert">
          {error}
        </div>
      ) : hint ? (
        <div className="msg hint">{hint}</div>
      ) : null}
    </div>
  );
}

/** A table's header row; an empty label heads a column of buttons or checkboxes. */
export function GridHead({ labels }: { labels: ReadonlyArray<string> }) {
  return (
    <thead>
      <tr>
        {labels.map((label, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a header's columns are fixed; labels may repeat ('').
          <th key={i}>{label || null}</th>
        ))}
      </tr>
    </thead>
  );
}

/** An editable table cell: a text input named by its column, with its problem under it. */
export function InputCell({
  label,
  value,
  onChange,
  testId,
  error,
  className,
  inputMode,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  testId?: string;
  error?: string | null;
  className?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
}) {
  return (
    <td className={className}>
      <input aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} inputMode={inputMode} data-testid={testId} />
      {error && <div className="cell-error">{error}</div>}
    </td>
  );
}

/** The last cell of an editable row: a button that removes the row. */
export function RemoveRowCell({ onRemove, disabled }: { onRemove(): void; disabled?: boolean }) {
  const { t } = useLanguage();
  return (
    <td>
      <button type="button" onClick={onRemove} disabled={disabled}>
        {t('commission.removeRow')}
      </button>
    </td>
  );
}
