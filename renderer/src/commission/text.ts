// The commission screens' words in the current language.
import { useLanguage } from '../i18n/language';
import { commissionTranslate, type CommissionTextKey } from '../i18n/commission-dictionary';

export function useCommissionText() {
  const i18n = useLanguage();
  const ct = (key: CommissionTextKey, params?: Record<string, string | number>) => commissionTranslate(i18n.lang, key, params);
  return { ...i18n, ct };
}

export type { CommissionTextKey };
