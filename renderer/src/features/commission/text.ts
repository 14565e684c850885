// The commission screens' words in the current language.
import { useLanguage } from '@renderer/i18n/language';
import { commissionTranslate, type CommissionTextKey } from './texts';

export function useCommissionText() {
  const i18n = useLanguage();
  const ct = (key: CommissionTextKey, params?: Record<string, string | number>) => commissionTranslate(i18n.lang, key, params);
  return { ...i18n, ct };
}

export type { CommissionTextKey };
