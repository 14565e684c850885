// The incoming register: every application received in a date range, printable.
import { useState } from 'react';
import { STATUS_NAMES } from '@shared/i18n/domain';
import { printedDate, printedMoment } from '@shared/forms/input';
import { localDate } from '@renderer/db/clock';
import { useSession } from '@renderer/app/session';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { useLanguage } from '@renderer/i18n/language';
import { buildRegisterPdf } from '@renderer/print/lazy';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { ExportButtons } from '@renderer/export/ExportButtons';
import { registerColumns } from './export-columns';
import { RelayRegister } from '@renderer/features/relay/RelayRegister';
import { useRegisterRows } from './queries';
import { DateField } from '@renderer/ui/DateField';

export function RegisterScreen() {
  const { t, lang, pick } = useLanguage();
  const { settings } = useSession();
  const today = localDate();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const rows = useRegisterRows(from, to, valid).data;
  return (
    <div className="screen">
      <h1>{t('registers.title')}</h1>
      <div className="row no-print">
        <DateField label={t('common.dateFrom')} value={from} onChange={setFrom} />
        <DateField label={t('common.dateTo')} value={to} onChange={setTo} error={!valid ? t('registers.range') : null} />
      </div>
      {valid && rows && (
        <>
          <p>{t('common.total', { count: rows.length })}</p>
          {rows.length > 0 && (
            <PrintButtons
              form="register"
              title={`${t('registers.title')} ${from} — ${to}`}
              fileName={`register-${from}-${to}.pdf`}
              build={() => buildRegisterPdf(settings, from, to, rows)}
              printLabel={t('registers.print')}
              testId="register"
            />
          )}
          {rows.length > 0 && (
            <ExportButtons
              columns={registerColumns(lang)}
              rows={rows}
              name={`${t('registers.title')} ${from} — ${to}`}
              testId="register-export"
            />
          )}
          {rows.length === 0 ? (
            <p className="empty">{t('registers.empty')}</p>
          ) : (
            <table className="cases">
              <thead>
                <tr>
                  <th>{t('common.number')}</th>
                  <th>{t('common.date')}</th>
                  <th>{t('common.applicant')}</th>
                  <th>{t('common.iin')}</th>
                  <th>{t('common.service')}</th>
                  <th>{t('common.resultDate')}</th>
                  <th>{t('common.status')}</th>
                  <th>{t('registers.colAcceptedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => {
                  const entry = findCatalogEntry(c.entryId);
                  return (
                    <tr key={c.id}>
                      <td className="mono">{c.number}</td>
                      <td className="mono">{printedMoment(c.registeredAt)}</td>
                      <td>{c.fullName}</td>
                      <td className="mono">{c.iin}</td>
                      <td className="service-cell">{entry ? pick(entry.title) : c.entryId}</td>
                      <td className="mono">{c.resultDate ? printedDate(c.resultDate) : '—'}</td>
                      <td>{STATUS_NAMES[c.status][lang]}</td>
                      <td>{c.acceptedBy}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
      <RelayRegister from={from} to={to} valid={valid} />
    </div>
  );
}
