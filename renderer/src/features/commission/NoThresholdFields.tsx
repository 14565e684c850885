// Where no threshold table is in force for the application's date, the
// commission adopts a conclusion that depends on it only with the explicit,
// recorded "no threshold in force" choice and its reason; the screen says how
// to publish a table instead.
import type { IncomeTest } from '@shared/commission/threshold-rule';
import { THRESHOLD_BASIS_KIND_NAMES, THRESHOLD_TEXTS } from '@shared/i18n/commission';
import { useLanguage } from '@renderer/i18n/language';
import { Check } from '@renderer/ui/Field';
import { TextArea } from './ui';

interface Choice {
  chosen: boolean;
  reason: string;
}

export function NoThresholdFields({ test, value, onChange }: { test: IncomeTest; value: Choice; onChange(value: Choice): void }) {
  const { t, lang } = useLanguage();
  return (
    <div className="banner warn" data-testid="no-threshold">
      <p>{THRESHOLD_TEXTS.noThresholdInForce[lang].replace('{basis}', THRESHOLD_BASIS_KIND_NAMES[test.basisKind][lang])}</p>
      <p>{t('commission.thresholdPublishHint', { command: 'npm run admin -- publish:thresholds <file>' })}</p>
      <Check
        label={THRESHOLD_TEXTS.noThresholdChoice[lang]}
        checked={value.chosen}
        onChange={(chosen) => onChange({ ...value, chosen })}
        testId="no-threshold-choice"
      />
      {value.chosen && (
        <TextArea
          label={THRESHOLD_TEXTS.noThresholdReason[lang]}
          value={value.reason}
          onChange={(reason) => onChange({ ...value, reason })}
          testId="no-threshold-reason"
        />
      )}
    </div>
  );
}
