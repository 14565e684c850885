// Under the applicant's IIN: "this IIN has case … — fill from it" (Enter in the
// IIN field or the button, the next Tab stop), then what was taken, to be checked.
import { printedDate } from '@shared/forms/input';
import { useLanguage } from '@renderer/i18n/language';
import type { Intake } from './useIntakeForm';

export function ReturningOffer({ returning }: { returning: NonNullable<Intake['returning']> }) {
  const { t } = useLanguage();
  if (returning.filled)
    return (
      <div className="banner" role="status" data-testid="returning-filled">
        {t('counter.returningFilled', { number: returning.number })}
      </div>
    );
  return (
    <div className="banner returning" data-testid="returning-offer">
      {t('counter.returningOffer', {
        number: returning.number,
        date: printedDate(returning.date),
        surname: returning.surname,
        name: returning.name,
      })}{' '}
      <button type="button" onClick={returning.fill} data-testid="returning-fill">
        {t('counter.returningFill')}
      </button>
    </div>
  );
}
