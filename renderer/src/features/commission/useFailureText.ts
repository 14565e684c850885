// A failed write of the commission's own records in words: a commission that
// fails its schema names the field, anything else is a write error.
import { writeErrorText } from '@renderer/ui/problems';
import { InvalidCommission } from './commands';
import { useLanguage } from '@renderer/i18n/language';

export function useFailureText() {
  const i18n = useLanguage();
  return (error: unknown) =>
    error instanceof InvalidCommission ? i18n.t('commission.invalidCommission', { field: error.field }) : writeErrorText(error, i18n);
}
