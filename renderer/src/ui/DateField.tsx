// A date typed day first (dd.mm.yyyy) whatever the browser's language: a plain
// text field, no calendar button to trap Tab or wipe the date. The code gets ISO
// ("2026-02-01") once the date is whole and real, '' when the field is blank, and
// the text as typed otherwise (so the screen's own check still sees a bad date).
import { type FocusEvent, type InputHTMLAttributes, type Ref, useRef, useState } from 'react';
import { maskTypedDate, parseTypedDate, shownDate, type TypedDate } from '@shared/input/date';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from './Field';

interface DateProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> {
  value: string;
  onChange(value: string): void;
  ref?: Ref<HTMLInputElement>;
}

/** The typed text, the value for the code and the field's own problem (a date that cannot be). */
function useTypedDate({ value, onChange, onBlur }: Pick<DateProps, 'value' | 'onChange' | 'onBlur'>) {
  const { t } = useLanguage();
  const [text, setText] = useState(() => shownDate(value));
  const [left, setLeft] = useState(false);
  const emitted = useRef(value);
  // A value set from outside (a form reset, a proposal) replaces what is shown.
  if (value !== emitted.current) {
    emitted.current = value;
    setText(shownDate(value));
  }
  const parsed: TypedDate = parseTypedDate(text, new Date().getFullYear());
  const problem =
    parsed.kind === 'impossible' ? t('counter.dateImpossible') : parsed.kind === 'incomplete' && left ? t('counter.dateIncomplete') : null;
  return {
    text,
    problem,
    placeholder: t('counter.datePlaceholder'),
    change(raw: string) {
      const next = maskTypedDate(text, raw);
      const read = parseTypedDate(next, new Date().getFullYear());
      const out = read.kind === 'date' ? read.iso : read.kind === 'empty' ? '' : next;
      setText(next);
      emitted.current = out;
      if (out !== value) onChange(out);
    },
    blur(e: FocusEvent<HTMLInputElement>) {
      setLeft(true);
      if (parsed.kind === 'date') setText(shownDate(parsed.iso));
      onBlur?.(e);
    },
  };
}

/** A labelled date field with its message; the field's own problem comes before the screen's. */
export function DateField({ label, error, hint, ...props }: DateProps & { label: string; error?: string | null; hint?: string }) {
  const { value, onChange, onBlur, className, ...rest } = props;
  const typed = useTypedDate({ value, onChange, onBlur });
  return (
    <Field
      label={label}
      value={typed.text}
      onChange={typed.change}
      onBlur={typed.blur}
      error={typed.problem ?? error}
      hint={hint}
      placeholder={typed.placeholder}
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      className={`date-input${className ? ` ${className}` : ''}`}
      {...rest}
    />
  );
}

/** The bare field, for a table cell whose column names it (aria-label). */
export function DateInput(props: DateProps) {
  const { value, onChange, onBlur, className, ref, ...rest } = props;
  const typed = useTypedDate({ value, onChange, onBlur });
  return (
    <input
      ref={ref}
      value={typed.text}
      onChange={(e) => typed.change(e.target.value)}
      onBlur={typed.blur}
      aria-invalid={!!typed.problem}
      title={typed.problem ?? undefined}
      placeholder={typed.placeholder}
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      className={`date-input${className ? ` ${className}` : ''}`}
      {...rest}
    />
  );
}
