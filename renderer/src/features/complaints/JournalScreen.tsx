// The journal of complaints for a period: filter (all, unanswered, overdue), a
// register button, the print of the journal. On a district PC it lists the
// complaints of its okrugs too, each with the office it came from.
import { useState } from 'react';
import { printedDate, printedMoment } from '@shared/forms/input';
import { navigate } from '@renderer/app/router';
import { useSession } from '@renderer/app/session';
import { localDate } from '@renderer/db/clock';
import { useDirectory } from '@renderer/features/district/queries';
import { useLanguage } from '@renderer/i18n/language';
import { PrintButtons } from '@renderer/print/PrintButtons';
import type { TextKey } from '@renderer/texts';
import { DateField } from '@renderer/ui/DateField';
import { ExportButtons } from '@renderer/export/ExportButtons';
import { journalColumns } from './export-columns';
import { aboutText, STATUS_TEXT } from './labels';
import { buildComplaintJournal } from './print';
import { type JournalFilter, journalRowsNow, useJournalList } from './queries';
import { isOverdue } from './tables';

const FILTERS: Array<[JournalFilter, TextKey]> = [
  ['all', 'district.filterAny'],
  ['open', 'complaints.filterOpen'],
  ['overdue', 'complaints.filterOverdue'],
];

export function JournalScreen() {
  const { t, lang } = useLanguage();
  const { settings } = useSession();
  const today = localDate();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [filter, setFilter] = useState<JournalFilter>('all');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const rows = useJournalList(from, to, filter, valid).data;
  const directory = useDirectory().data;
  const district = settings.kind === 'district';
  const unitName = (code: string) => directory?.offices[code]?.[lang] ?? directory?.districts[code]?.[lang] ?? code;
  return (
    <div className="screen" data-testid="complaints-journal">
      <h1>{t('complaints.journalTitle')}</h1>
      <p className="no-print">
        <button
          type="button"
          className="primary"
          onClick={() => navigate({ screen: 'complaints', view: 'new' })}
          data-testid="complaint-register"
        >
          {t('complaints.register')}
        </button>
      </p>
      <div className="row no-print">
        <DateField label={t('common.dateFrom')} value={from} onChange={setFrom} data-testid="journal-from" />
        <DateField
          label={t('common.dateTo')}
          value={to}
          onChange={setTo}
          error={!valid ? t('registers.range') : null}
          data-testid="journal-to"
        />
        {/* biome-ignore lint/a11y/useSemanticElements: a fieldset would bring its border and legend into the filter row. */}
        <div className="filters" role="group">
          {FILTERS.map(([key, label]) => (
            <button
              key={key}
              type="button"
              className={filter === key ? 'primary' : undefined}
              aria-pressed={filter === key}
              onClick={() => setFilter(key)}
              data-testid={`journal-filter-${key}`}
            >
              {t(label)}
            </button>
          ))}
        </div>
      </div>
      {valid && rows && (
        <>
          <p data-testid="journal-total">{t('common.total', { count: rows.length })}</p>
          {rows.length > 0 && (
            <PrintButtons
              form="complaintJournal"
              title={`${t('complaints.journalTitle')} ${from} — ${to}`}
              fileName={`complaints-${from}-${to}.pdf`}
              build={async () => buildComplaintJournal(settings, from, to, await journalRowsNow(from, to))}
              printLabel={t('complaints.printJournal')}
              testId="complaint-journal"
            />
          )}
          {rows.length > 0 && (
            <ExportButtons
              columns={journalColumns(lang, unitName)}
              rows={rows}
              name={`${t('complaints.journalTitle')} ${from} — ${to}`}
              testId="complaint-journal-export"
            />
          )}
          {rows.length === 0 ? (
            <p className="empty">{t('complaints.empty')}</p>
          ) : (
            <table className="cases" data-testid="journal-table">
              <thead>
                <tr>
                  <th>{t('complaints.colNumber')}</th>
                  <th>{t('complaints.colRegistered')}</th>
                  {district && <th>{t('complaints.colUnit')}</th>}
                  <th>{t('complaints.colComplainant')}</th>
                  <th>{t('complaints.colAbout')}</th>
                  <th>{t('complaints.colDue')}</th>
                  <th>{t('common.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => {
                  const overdue = isOverdue(c, today);
                  return (
                    <tr key={c.id} className={overdue ? 'overdue' : undefined} data-testid="journal-row">
                      <td className="mono">
                        <a href={`#/complaints/${c.id}`}>{c.number}</a>
                      </td>
                      <td className="mono">{printedMoment(c.registeredAt)}</td>
                      {district && <td>{unitName(c.unitCode)}</td>}
                      <td>{c.complainant}</td>
                      <td>{aboutText(t, c)}</td>
                      <td className="mono">{printedDate(c.dueDate)}</td>
                      <td>
                        {t(STATUS_TEXT[c.status])}
                        {overdue && <strong className="overdue-mark"> — {t('complaints.overdue')}</strong>}
                        {c.late && <em> — {t('complaints.late')}</em>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
