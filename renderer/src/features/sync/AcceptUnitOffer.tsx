// After a unitMismatch on a PC that has written nothing: the code's unit, offered
// in place of the one typed at setup (a typo there is fixed this way).
import { useLanguage } from '@renderer/i18n/language';

export function AcceptUnitOffer({ unit, busy, onAccept }: { unit: string; busy: boolean; onAccept: () => void }) {
  const { t } = useLanguage();
  return (
    <div data-testid="enroll-accept">
      <p>{t('sync.enrollAcceptHint', { unit })}</p>
      <button type="button" disabled={busy} onClick={onAccept} data-testid="enroll-accept-unit">
        {t('sync.enrollAcceptButton', { unit })}
      </button>
    </div>
  );
}
