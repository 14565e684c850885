// The service asked for: searched by title in either language, or the one chosen.
// Services of acts in force come first; a repealed act's service says so, and
// two entries of one service name the act each comes from.
import { useMemo, type RefObject } from 'react';
import { sortEntriesInForceFirst } from '@shared/catalog/act-status';
import { actNote, serviceLabel } from '@renderer/catalog/act-note';
import { searchKey } from '@renderer/db/normalise';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { problemText } from '@renderer/ui/problems';
import type { Intake } from './useIntakeForm';

/** `next` is the field that takes the focus once a service is picked. */
export function ServicePicker({ intake, next }: { intake: Intake; next: RefObject<HTMLInputElement | null> }) {
  const i18n = useLanguage();
  const { t, lang } = i18n;
  const { entry, services, serviceQuery, setServiceQuery, set, attempt, problems, today } = intake;
  const matchingServices = useMemo(() => {
    const key = searchKey(serviceQuery);
    const found = services.filter((s) => !key || searchKey(s.title.kk).includes(key) || searchKey(s.title.ru).includes(key));
    return sortEntriesInForceFirst(found, today);
  }, [services, serviceQuery, today]);
  const choose = (id: string) => {
    set('entryId', id);
    set('branch', '');
  };

  return (
    <fieldset>
      <legend>{t('common.service')}</legend>
      {entry ? (
        <div className="chosen-service" data-testid="chosen-service">
          <strong>{serviceLabel(entry, services, lang)}</strong>
          <RepealedNote label={actNote(entry.act, lang, today)} />
          <button type="button" onClick={() => choose('')}>
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
                    choose(s.id);
                    setTimeout(() => next.current?.focus(), 0);
                  }}
                  data-service={s.service}
                >
                  {serviceLabel(s, services, lang)}
                  <RepealedNote label={actNote(s.act, lang, today)} />
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

/** "repealed on …" beside a service whose act is no longer in force (the bundled seeds all are). */
function RepealedNote({ label }: { label: string }) {
  return label ? <span className="repealed" data-testid="service-repealed">{` (${label})`}</span> : null;
}
