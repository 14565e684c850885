// A time of day typed 24-hour "HH:MM" whatever the browser's language (its own
// time input shows "09:00 AM" on an English system): a plain text field whose
// colon comes by itself; a time that cannot be is named when the field is left.
import { useState } from 'react';
import { completeTypedTime, isTimeOfDay, maskTypedTime } from '@shared/input/time';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from './Field';

interface TimeFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  'data-testid'?: string;
}

export function TimeField({ label, value, onChange, ...rest }: TimeFieldProps) {
  const { t } = useLanguage();
  const [left, setLeft] = useState(false);
  const problem = (left || value.length >= 5) && value !== '' && !isTimeOfDay(value) ? t('setup.timeBad') : null;
  return (
    <Field
      label={label}
      value={value}
      onChange={(typed) => {
        setLeft(false);
        onChange(maskTypedTime(typed));
      }}
      onBlur={() => {
        setLeft(true);
        const complete = completeTypedTime(value);
        if (complete !== value) onChange(complete);
      }}
      error={problem}
      placeholder={t('setup.timePlaceholder')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={5}
      className="time-input"
      {...rest}
    />
  );
}
