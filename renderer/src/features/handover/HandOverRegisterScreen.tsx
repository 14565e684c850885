// The register of results handed over in a date range, printed with a column
// for each receiver's signature.
import { useState } from 'react';
import { RESULT_NAMES } from '@shared/i18n/domain';
import { printedMoment } from '@shared/forms/input';
import { useSession } from '@renderer/app/session';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { localDate } from '@renderer/db/clock';
import { buildHandOverRegister } from '@renderer/features/district/print-lazy';
import type { HandedOverRow } from '@renderer/features/district/reads';
import { useLanguage } from '@renderer/i18n/language';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { CaseRows, type CaseColumn } from '@renderer/ui/CaseTable';
import { openCase } from '@renderer/ui/open-case';
import { Field } from '@renderer/ui/Field';
import { ExportButtons } from '@renderer/export/ExportButtons';
import { handOverColumns } from './export-columns';
import { useHandedOver } from './queries';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function HandOverRegisterScreen() {
  const { lang, pick, t } = useLanguage();
  const { settings } = useSession();
  const today = localDate();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const valid = ISO.test(from) && ISO.test(to) && from <= to;
  const rows = useHandedOver(from, to, valid);
  const handed = valid ? rows.data : undefined;
  const columns: CaseColumn<HandedOverRow>[] = [
    { head: t('common.number'), className: 'mono', cell: (r) => r.number },
    { head: t('common.applicant'), cell: (r) => [r.applicant.surname, r.applicant.name, r.applicant.patronymic].filter(Boolean).join(' ') },
    {
      head: t('common.service'),
      className: 'service-cell',
      cell: (r) => {
        const entry = findCatalogEntry(r.entryId);
        return entry ? pick(entry.title) : r.entryId;
      },
    },
    { head: t('handover.colResult'), cell: (r) => RESULT_NAMES[r.result][lang] },
    { head: t('handover.colHandedOver'), className: 'mono', cell: (r) => printedMoment(r.handedOverAt) },
    { head: t('handover.receivedBy'), cell: (r) => r.receivedBy },
  ];
  return (
    <div className="screen" data-testid="hand-over-register">
      <h1>{t('handover.handOverRegisterTitle')}</h1>
      <div className="row">
        <Field label={t('common.dateFrom')} type="date" value={from} onChange={setFrom} data-testid="ho-from" />
        <Field
          label={t('common.dateTo')}
          type="date"
          value={to}
          onChange={setTo}
          error={valid ? null : t('handover.problemRange')}
          data-testid="ho-to"
        />
      </div>
      {handed && (
        <>
          <p data-testid="ho-count">{t('common.total', { count: handed.length })}</p>
          {handed.length > 0 && (
            <PrintButtons
              form="handOverRegister"
              testId="ho-print"
              title={`${t('handover.handOverRegisterTitle')} ${from} — ${to}`}
              fileName={`hand-over-register-${from}-${to}.pdf`}
              build={() => buildHandOverRegister(settings, from, to, handed)}
            />
          )}
          {handed.length > 0 && (
            <ExportButtons
              columns={handOverColumns(lang)}
              rows={handed}
              name={`${t('handover.handOverRegisterTitle')} ${from} — ${to}`}
              testId="ho-export"
            />
          )}
          {handed.length === 0 ? (
            <p className="empty">{t('handover.handOverEmpty')}</p>
          ) : (
            <CaseRows rows={handed} columns={columns} caseIdOf={(r) => r.caseId} open={(r) => openCase(r.caseId)} />
          )}
        </>
      )}
    </div>
  );
}
