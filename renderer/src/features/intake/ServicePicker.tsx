// The service asked for: searched by title in either language, or the one chosen.
// Services of acts in force come first; a repealed act's service says so, and
// two entries of one service name the act each comes from. The list answers the
// keyboard from the search field (a combobox): ↑/↓ move, Enter chooses; the
// options take no Tab stop of their own.
import { type KeyboardEvent, type RefObject, useId, useMemo, useState } from 'react';
import { actNote, serviceLabel } from '@renderer/catalog/act-note';
import { searchKey } from '@renderer/db/normalise';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { problemText } from '@renderer/ui/problems';
import { sortEntriesInForceFirst } from '@shared/catalog/act-status';
import type { Intake } from './useIntakeForm';

/** `next` is the field that takes the focus once a service is picked. */
export function ServicePicker({ intake, next }: { intake: Intake; next: RefObject<HTMLInputElement | null> }) {
  const i18n = useLanguage();
  const { t, lang } = i18n;
  const { entry, services, serviceQuery, setServiceQuery, set, attempt, problems, today } = intake;
  const listId = useId();
  const [active, setActive] = useState(0);
  const matchingServices = useMemo(() => {
    const key = searchKey(serviceQuery);
    const found = services.filter((s) => !key || searchKey(s.title.kk).includes(key) || searchKey(s.title.ru).includes(key));
    return sortEntriesInForceFirst(found, today);
  }, [services, serviceQuery, today]);
  const current = Math.min(active, Math.max(matchingServices.length - 1, 0));
  const choose = (id: string) => {
    set('entryId', id);
    set('branch', '');
    if (id) setTimeout(() => next.current?.focus(), 0);
  };
  const optionId = (i: number) => `${listId}-${i}`;
  const keys = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = matchingServices.length - 1;
    const move = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: last, PageDown: current + 5, PageUp: current - 5 }[e.key];
    if (move !== undefined && last >= 0) {
      e.preventDefault();
      const to = Math.max(0, Math.min(last, move));
      setActive(to);
      document.getElementById(optionId(to))?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const picked = matchingServices[current];
      if (picked) choose(picked.id);
    }
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
            onChange={(v) => {
              setServiceQuery(v);
              setActive(0);
            }}
            onKeyDown={keys}
            autoFocus
            role="combobox"
            aria-expanded
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={matchingServices.length > 0 ? optionId(current) : undefined}
            error={attempt ? problemText(problems.entryId, i18n) : null}
            hint={t('counter.serviceKeys')}
            data-testid="service-search"
          />
          <div className="service-list" role="listbox" id={listId} aria-label={t('common.service')} data-testid="service-list">
            {matchingServices.map((s, i) => (
              // The options are chosen with the mouse here and with the keys from the search field (aria-activedescendant).
              // biome-ignore lint/a11y/useKeyWithClickEvents: the search field handles the keys for the whole list (no Tab stop: tabIndex -1).
              <div
                key={s.id}
                id={optionId(i)}
                role="option"
                tabIndex={-1}
                aria-selected={i === current}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(s.id)}
                data-service={s.service}
              >
                {serviceLabel(s, services, lang)}
                <RepealedNote label={actNote(s.act, lang, today)} />
              </div>
            ))}
            {matchingServices.length === 0 && <p className="empty">{t('common.nothingFound')}</p>}
          </div>
        </>
      )}
    </fieldset>
  );
}

/** "repealed on …" beside a service whose act is no longer in force (the bundled seeds all are). */
function RepealedNote({ label }: { label: string }) {
  return label ? <span className="repealed" data-testid="service-repealed">{` (${label})`}</span> : null;
}
