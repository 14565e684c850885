// After cases are sent to the commission: put them on the agenda of a session
// (its date and place; the last place is offered) and print the agenda.
import { useState } from 'react';
import { isIsoDate } from '@shared/calendar/dates';
import { useSession } from '@renderer/app/session';
import { localDate, localMoment } from '@renderer/db/clock';
import { useLanguage } from '@renderer/i18n/language';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { Field } from '@renderer/ui/Field';
import { DateField } from '@renderer/ui/DateField';
import { writeErrorText } from '@renderer/ui/problems';
import { lastPlace } from './agenda-commands';
import { printAgenda } from './print';
import { savedSessionForPrint, useSessions } from './queries';
import type { CommissionRow, SessionRow } from './tables';
import { useCommissionCommands } from './use-commands';

export function SendAgenda({ commission, caseIds }: { commission: CommissionRow; caseIds: string[] }) {
  const i18n = useLanguage();
  const { t } = i18n;
  const { settings } = useSession();
  const commands = useCommissionCommands();
  const sessions = useSessions(commission.id);
  const [date, setDate] = useState(localDate());
  const [place, setPlace] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [session, setSession] = useState<SessionRow | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const shownPlace = place ?? lastPlace(sessions.data ?? []);

  async function add() {
    setTried(true);
    if (!isIsoDate(date) || !shownPlace.trim()) return;
    try {
      setFailure(null);
      setSession(await commands.putOnAgenda({ commissionId: commission.id, date, place: shownPlace, caseIds }));
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <div className="send-agenda" data-testid="send-agenda">
      <strong>{t('relayBulk.agendaTitle')}</strong>
      <p className="hint">{t('relayBulk.agendaHint')}</p>
      <div className="row">
        <DateField
          label={t('commission.sessionDate')}
          value={date}
          onChange={setDate}
          error={tried && !isIsoDate(date) ? t('commission.badDate') : null}
          data-testid="send-agenda-date"
        />
        <Field
          label={t('commission.sessionPlace')}
          value={shownPlace}
          onChange={setPlace}
          error={tried && !shownPlace.trim() ? t('common.required') : null}
          data-testid="send-agenda-place"
        />
      </div>
      <button type="button" onClick={() => void add()} data-testid="send-agenda-add">
        {t('relayBulk.agendaAdd')}
      </button>
      {failure !== null && (
        <div className="banner error" role="alert">
          {writeErrorText(failure, i18n)}
        </div>
      )}
      {session && (
        <>
          <p data-testid="send-agenda-added">{t('relayBulk.agendaAdded', { number: session.number, count: session.caseIds.length })}</p>
          <PrintButtons
            form="agenda"
            testId="print-send-agenda"
            title={t('common.agenda')}
            fileName={`agenda-${session.number}.pdf`}
            build={async () => {
              const { row, states } = await savedSessionForPrint(session.id, localMoment());
              return printAgenda(row, commission, states, settings);
            }}
          />
        </>
      )}
    </div>
  );
}
