// The service asked for: searched by title in either language, or the one chosen.
import { useMemo, type RefObject } from 'react';
import { searchKey } from '@renderer/db/normalise';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { problemText } from '@renderer/ui/problems';
import type { Intake } from './useIntakeForm';

/** `next` is the field that takes the focus once a service is picked. */
export function ServicePicker({ intake, next }: { intake: Intake; next: RefObject<HTMLInputElement | null> }) {
  const i18n = useLanguage();
  const { t, pick } = i18n;
  const { entry, services, serviceQuery, setServiceQuery, set, attempt, problems } = intake;
  const matchingServices = useMemo(() => {
    const key = searchKey(serviceQuery);
    return services.filter((s) => !key || searchKey(s.title.kk).includes(key) || searchKey(s.title.ru).includes(key));
  }, [services, serviceQuery]);

  return (
    <fieldset>
      <legend>{t('common.service')}</legend>
      {entry ? (
        <div className="chosen-service" data-testid="chosen-service">
          <strong>{pick(entry.title)}</strong>
          <button type="button" onClick={() => set('entryId', '')}>
            {t('intake.serviceChange')}
          </button>
        </div>
      ) : (
        <>
          <Field
            label={t('intake.serviceSearch')}
            value={serviceQuery}
            onChange={setServiceQuery}
            autoFocus
            error={attempt ? problemText(problems.entryId, i18n) : null}
            data-testid="service-search"
          />
          {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the list of services is announced as a list box of choices. */}
          <ul className="service-list" role="listbox">
            {matchingServices.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  onClick={() => {
                    set('entryId', s.id);
                    setTimeout(() => next.current?.focus(), 0);
                  }}
                  data-service={s.service}
                >
                  {pick(s.title)}
                </button>
              </li>
            ))}
            {matchingServices.length === 0 && <li className="empty">{t('common.nothingFound')}</li>}
          </ul>
        </>
      )}
    </fieldset>
  );
}
