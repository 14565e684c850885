// A labelled input with its inline message; the label is tied to the input for screen readers and tests.
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  hint?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function Field({ label, value, onChange, error, hint, ref, ...rest }: FieldProps) {
  const id = useId();
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={error || hint ? `${id}-msg` : undefined}
        {...rest}
      />
      {error ? (
        <div className="msg error" id={`${id}-msg`} role="alert">
          {error}
        </div>
      ) : hint ? (
        <div className="msg hint" id={`${id}-msg`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}

export function Check({
  label,
  checked,
  onChange,
  testId,
}: {
  label: ReactNode;
  checked: boolean;
  onChange(value: boolean): void;
  testId?: string;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} /> {label}
    </label>
  );
}

/** Two radio buttons for a yes/no answer, side by side. */
export function YesNo({
  value,
  onChange,
  yes,
  no,
  testIds,
}: {
  value: boolean;
  onChange(value: boolean): void;
  yes: string;
  no: string;
  testIds: [yes: string, no: string];
}) {
  return (
    <div className="row">
      <label className="check">
        <input type="radio" checked={value} onChange={() => onChange(true)} data-testid={testIds[0]} /> {yes}
      </label>
      <label className="check">
        <input type="radio" checked={!value} onChange={() => onChange(false)} data-testid={testIds[1]} /> {no}
      </label>
    </div>
  );
}
