// The register of results handed over in a date range, printed with a column
// for each receiver's signature.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { RESULT_NAMES } from '@shared/i18n/domain';
import { printedMoment } from '@shared/forms/input';
import { db } from '@renderer/db/database';
import { navigate } from '@renderer/app/router';
import { useSession } from '@renderer/app/session';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { localDate } from '@renderer/db/clock';
import { buildHandOverRegister } from '@renderer/features/district/print-lazy';
import { handedOverBetween } from '@renderer/features/district/queries';
import { useDistrictText } from '@renderer/features/district/texts';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { PrintButtons } from '@renderer/print/PrintButtons';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function HandOverRegisterScreen() {
  const { lang, pick } = useLanguage();
  const d = useDistrictText();
  const { settings } = useSession();
  const today = localDate();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const valid = ISO.test(from) && ISO.test(to) && from <= to;
  const rows = useQuery({ queryKey: ['cases', 'handed-over', from, to], queryFn: () => handedOverBetween(db, from, to), enabled: valid });
  return (
    <div className="screen" data-testid="hand-over-register">
      <h1>{d('handOverRegisterTitle')}</h1>
      <div className="row">
        <Field label={d('dateFrom')} type="date" value={from} onChange={setFrom} data-testid="ho-from" />
        <Field label={d('dateTo')} type="date" value={to} onChange={setTo} error={valid ? null : d('problemRange')} data-testid="ho-to" />
      </div>
      {valid && rows.data && (
        <>
          <p data-testid="ho-count">{d('handOverCount', { count: rows.data.length })}</p>
          {rows.data.length > 0 && (
            <PrintButtons
              form="handOverRegister"
              testId="ho-print"
              title={`${d('handOverRegisterTitle')} ${from} — ${to}`}
              fileName={`hand-over-register-${from}-${to}.pdf`}
              build={() => buildHandOverRegister(settings, from, to, rows.data)}
            />
          )}
          {rows.data.length === 0 ? (
            <p className="empty">{d('handOverEmpty')}</p>
          ) : (
            <table className="cases">
              <thead>
                <tr>
                  <th>{d('colNumber')}</th>
                  <th>{d('colApplicant')}</th>
                  <th>{d('colService')}</th>
                  <th>{d('colResult')}</th>
                  <th>{d('colHandedOver')}</th>
                  <th>{d('receivedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.data.map((r) => {
                  const entry = findCatalogEntry(r.entryId);
                  return (
                    <tr key={r.caseId} tabIndex={0} onClick={() => navigate({ screen: 'case', caseId: r.caseId })}>
                      <td className="mono">{r.number}</td>
                      <td>{[r.applicant.surname, r.applicant.name, r.applicant.patronymic].filter(Boolean).join(' ')}</td>
                      <td className="service-cell">{entry ? pick(entry.title) : r.entryId}</td>
                      <td>{RESULT_NAMES[r.result][lang]}</td>
                      <td className="mono">{printedMoment(r.handedOverAt)}</td>
                      <td>{r.receivedBy}</td>
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
