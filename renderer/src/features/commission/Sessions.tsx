// The commission's sessions: the list, and starting a new one by date and place.
import { useState } from 'react';
import { isIsoDate } from '@shared/calendar/dates';
import { printedDate } from '@shared/forms/input';
import { navigate } from '@renderer/app/router';
import { localDate } from '@renderer/db/clock';
import { Field } from '@renderer/ui/Field';
import { useSessions } from './queries';
import type { CommissionRow } from './tables';
import { useCommissionCommands } from './use-commands';
import { useFailureText } from './useFailureText';
import { useLanguage } from '@renderer/i18n/language';
import { DateField } from '@renderer/ui/DateField';

/** The commission's sessions, newest first, and a new one (its screen opens at once). */
export function Sessions({ commission }: { commission: CommissionRow }) {
  const { t } = useLanguage();
  const commands = useCommissionCommands();
  const failureText = useFailureText();
  const sessions = useSessions(commission.id);
  const [date, setDate] = useState(localDate());
  const [place, setPlace] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function start() {
    setTried(true);
    if (!isIsoDate(date) || !place.trim()) return;
    try {
      const row = await commands.createSession({ commissionId: commission.id, date, place, presentIds: [], caseIds: [] });
      navigate({ screen: 'commission', view: 'session', id: row.id });
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section>
      <h2>{t('commission.sessions')}</h2>
      {sessions.data?.length === 0 && <p className="empty">{t('commission.sessionsNone')}</p>}
      <ul data-testid="sessions">
        {sessions.data?.map((s) => (
          <li key={s.id}>
            <a href={`#/commission/session/${s.id}`}>
              {t('commission.sessionLine', { number: s.number, date: printedDate(s.date), place: s.place })}
            </a>
          </li>
        ))}
      </ul>
      <h3>{t('commission.newSession')}</h3>
      <div className="row">
        <DateField
          label={t('commission.sessionDate')}
          value={date}
          onChange={setDate}
          error={tried && !isIsoDate(date) ? t('commission.badDate') : null}
          data-testid="session-date"
        />
        <Field
          label={t('commission.sessionPlace')}
          value={place}
          onChange={setPlace}
          error={tried && !place.trim() ? t('common.required') : null}
          data-testid="session-place"
        />
      </div>
      <button type="button" className="primary" onClick={() => void start()} data-testid="session-create">
        {t('commission.createSession')}
      </button>
      {failure !== null && <div className="banner error">{failureText(failure)}</div>}
    </section>
  );
}
