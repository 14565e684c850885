// The TSA certificate at the akimat: checked, printed and handed over while the
// applicant waits; afterwards what it said, and its duplicate.
import { useState } from 'react';
import type { CaseState } from '@shared/case';
import { useSession } from '@renderer/app/session';
import { localDate } from '@renderer/db/clock';
import { certificateAnswer, issuedCertificate } from '@renderer/features/district/certificate';
import { buildCertificate } from '@renderer/features/district/print-lazy';
import { useWriteContext } from '@renderer/features/district/use-commands';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { Field, YesNo } from '@renderer/ui/Field';
import { useUsers } from '@renderer/features/staff/queries';
import { noteReprint } from './commands';
import { HandOverForm } from './HandOverForm';
import { useLanguage } from '@renderer/i18n/language';

function currentQuarter(date: string): 1 | 2 | 3 | 4 {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** The TSA certificate: the akim's office checks, prints and hands it over while the applicant waits. */
export function CertificateDesk({ state }: { state: CaseState }) {
  const { t } = useLanguage();
  const session = useSession();
  const today = localDate();
  const [receives, setReceives] = useState(true);
  const [year, setYear] = useState(today.slice(0, 4));
  const [quarter, setQuarter] = useState<1 | 2 | 3 | 4>(currentQuarter(today));
  // The akim who signs the paper is one of the office's akims on its staff, never a name typed in.
  const users = useUsers();
  const akims = (users.data ?? []).filter((u) => u.active && u.role === 'akim');
  const [chosen, setChosen] = useState('');
  const signer = (akims.find((u) => u.id === chosen) ?? akims.find((u) => u.id === session.user.id) ?? akims[0])?.name ?? '';
  const yearOk = /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100;
  const signerOk = signer !== '';
  return (
    <div className="act-form" data-testid="certificate-desk">
      <h3>{t('handover.certificate')}</h3>
      <YesNo
        value={receives}
        onChange={setReceives}
        yes={t('handover.tsaReceives')}
        no={t('handover.tsaNotReceives')}
        testIds={['tsa-receives', 'tsa-not-receives']}
      />
      <div className="row">
        <Field
          label={t('handover.year')}
          value={year}
          onChange={setYear}
          inputMode="numeric"
          error={yearOk ? null : t('handover.problemYear')}
          data-testid="tsa-year"
        />
        <label className="field">
          {t('handover.quarter')}
          <select value={quarter} onChange={(e) => setQuarter(Number(e.target.value) as 1 | 2 | 3 | 4)} data-testid="tsa-quarter">
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('handover.certificateSigner')}
          <select
            value={akims.find((u) => u.name === signer)?.id ?? ''}
            onChange={(e) => setChosen(e.target.value)}
            data-testid="tsa-signer"
          >
            {akims.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          {!signerOk && (
            <span className="msg error" role="alert">
              {t('signAs.nobody', { role: t('setup.roleAkim') })}
            </span>
          )}
        </label>
      </div>
      {yearOk && signerOk && (
        <PrintButtons
          form="certificate"
          testId="certificate-print"
          title={`${state.number} ${t('handover.certificate')}`}
          fileName={`certificate-${state.number}.pdf`}
          build={() => buildCertificate(state, session.settings, { receives, year: Number(year), quarter, signer, date: today })}
        />
      )}
      {/* The hand-over records what the certificate said, once it can be printed. */}
      <HandOverForm
        state={state}
        result="certificate"
        certificate={yearOk && signerOk ? certificateAnswer(state, { receives, year: Number(year), quarter, signer }) : undefined}
      />
    </div>
  );
}

/** What the certificate handed over said, and its duplicate. */
export function IssuedCertificate({ state }: { state: CaseState }) {
  const { t } = useLanguage();
  const session = useSession();
  const ctx = useWriteContext();
  const issued = issuedCertificate(state);
  if (!issued) return null;
  const { answer } = issued;
  const signer = answer.signer ?? '—';
  return (
    <div className="result-paper" data-testid="certificate-issued">
      <h3>{t('handover.certificateIssued')}</h3>
      <p data-testid="certificate-facts">
        {t('handover.certificateFacts', {
          answer: t(answer.receives ? 'handover.tsaReceives' : 'handover.tsaNotReceives'),
          year: answer.year,
          quarter: answer.quarter,
          signer,
        })}
      </p>
      <p data-testid="certificate-family">
        {answer.family.length > 0
          ? t('handover.certificateFamily', {
              names: answer.family.map((m) => (m.relation ? `${m.fullName} (${m.relation})` : m.fullName)).join(', '),
            })
          : t('handover.certificateNoFamily')}
      </p>
      <PrintButtons
        form="certificate"
        testId="certificate-reprint"
        printLabel={t('handover.reprintDuplicate')}
        title={`${state.number} ${t('handover.certificate')}`}
        fileName={`certificate-${state.number}-duplicate.pdf`}
        before={async () => {
          await noteReprint(ctx(), state.caseId, 'certificate');
        }}
        build={() => buildCertificate(state, session.settings, { ...answer, signer, date: issued.at.slice(0, 10), duplicate: true })}
      />
    </div>
  );
}
