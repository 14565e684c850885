// The return path on the case page. On a district PC: the department's desk.
// At the akimat: send the package to the district (again, after rework),
// register the decision that came back, print it for the applicant and record
// the hand-over; the TSA certificate is issued on the spot.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseState, CertificateAnswer } from '@shared/case';
import { printedMoment } from '@shared/forms/input';
import { db } from '@renderer/db/database';
import { useSession } from '@renderer/app/session';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { localDate, localMoment } from '@renderer/db/clock';
import { deviceKindOf, writeContextFor } from '@renderer/features/district/device';
import { buildCertificate } from '@renderer/features/district/print-lazy';
import { handOver, receiveResult, relayPackage } from '@renderer/features/district/store';
import { certificateAnswer, issuedCertificate } from '@renderer/features/district/certificate';
import { appendEvents } from '@renderer/db/case-store';
import { useCaseAct } from '@renderer/features/district/useCaseAct';
import { useDistrictText } from '@renderer/features/district/texts';
import { loadIdentity } from '@renderer/features/sync/state';
import { Field } from '@renderer/ui/Field';
import { ActMessages, DistrictCaseActions, ResultPaper, useWriteContext } from '@renderer/features/district/DistrictCaseActions';
import { PrintButtons } from '@renderer/print/PrintButtons';

export const CERTIFICATE_SERVICE = 'asp-recipient-certificate';

/** What the case page shows of the return path on this PC. */
export function CaseReturnPath({ state }: { state: CaseState }) {
  const session = useSession();
  if (!state.registered) return null;
  return deviceKindOf(session.settings) === 'district' ? <DistrictCaseActions state={state} /> : <HandOverActions state={state} />;
}

const hasStep = (state: CaseState, milestone: string) => state.steps.some((s) => s.milestone === milestone);

function canRelay(state: CaseState): boolean {
  if (!hasStep(state, 'relay')) return false;
  if (state.status === 'commissionConcluded' || state.status === 'returnedForRework') return true;
  return state.status === 'registered' && !hasStep(state, 'commissionConclusion');
}

export function HandOverActions({ state }: { state: CaseState }) {
  const d = useDistrictText();
  const entry = findCatalogEntry(state.entryId);
  const certificate = entry?.service === CERTIFICATE_SERVICE && !hasStep(state, 'relay');
  const relayed = [...state.events].reverse().find((e) => e.type === 'packageRelayed');
  const handed = [...state.events].reverse().find((e) => e.type === 'handedOver');
  return (
    <section className="return-path" data-testid="return-path">
      <h2>{d('returnPathSection')}</h2>
      {state.status === 'returnedForRework' && (
        <div className="banner warn" role="alert" data-testid="rework-remarks">
          {d('reworkReceived', { remarks: state.reworkRemarks ?? '' })}
        </div>
      )}
      {canRelay(state) && <RelayForm state={state} />}
      {(state.status === 'relayed' || state.status === 'atDistrict') && relayed && (
        <p data-testid="at-district">{d('atDistrictSince', { date: printedMoment(relayed.at) })}</p>
      )}
      {state.status === 'decided' && <ReceiveResult state={state} />}
      {(state.status === 'resultReady' || state.status === 'handedOver') && state.decision && <ResultPaper state={state} />}
      {state.status === 'resultReady' && state.decision && <HandOverForm state={state} result={state.decision.outcome} />}
      {certificate && state.status === 'registered' && <CertificateDesk state={state} />}
      {handed && handed.type === 'handedOver' && (
        <p className="banner ok" data-testid="handed-over">
          {d('handedOverFacts', { date: printedMoment(handed.at), name: handed.payload.receivedBy })}
        </p>
      )}
      <IssuedCertificate state={state} />
    </section>
  );
}

function RelayForm({ state }: { state: CaseState }) {
  const d = useDistrictText();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const identity = useQuery({ queryKey: ['cases', 'identity'], queryFn: async () => (await loadIdentity(db)) ?? null });
  const files = useQuery({
    queryKey: ['cases', 'attachments', state.caseId],
    queryFn: () => db.attachments.where('caseId').equals(state.caseId).toArray(),
  });
  const scope = identity.data?.scope;
  const districtCode = scope?.kind === 'office' ? scope.districtCode : undefined;
  const again = state.status === 'returnedForRework';
  return (
    <form
      className="act-form"
      onSubmit={(e) => (e.preventDefault(), void act.run(() => relayPackage(ctx(), state.caseId, districtCode)))}
      data-testid="relay-form"
    >
      <h3>{again ? d('relayAgain') : d('relay')}</h3>
      <p>{districtCode ? d('relayTo', { district: districtCode, count: files.data?.length ?? 0 }) : d('relayNoDistrict')}</p>
      <ActMessages act={act} field="district" />
      <button type="submit" className="primary" disabled={act.busy} data-testid="relay-submit">
        {again ? d('relayAgainButton') : d('relayButton')}
      </button>
    </form>
  );
}

function ReceiveResult({ state }: { state: CaseState }) {
  const d = useDistrictText();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const outcome = state.decision?.outcome === 'refusal' ? d('outcomeRefusal') : d('outcomeNotification');
  return (
    <div className="act-form" data-testid="receive-result">
      <div className="banner ok">{d('resultArrived', { outcome, number: state.decision?.outgoingNumber ?? '' })}</div>
      <ActMessages act={act} />
      <button
        type="button"
        className="primary"
        disabled={act.busy}
        onClick={() => void act.run(() => receiveResult(ctx(), state.caseId))}
        data-testid="receive-result-submit"
      >
        {d('receiveButton')}
      </button>
    </div>
  );
}

function applicantName(state: CaseState): string {
  const a = state.registered?.applicant;
  return [a?.surname, a?.name, a?.patronymic].filter(Boolean).join(' ');
}

function HandOverForm({
  state,
  result,
  certificate,
}: {
  state: CaseState;
  result: 'notification' | 'refusal' | 'certificate';
  certificate?: CertificateAnswer;
}) {
  const d = useDistrictText();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const [receivedBy, setReceivedBy] = useState(applicantName(state));
  return (
    <form
      className="act-form"
      onSubmit={(e) => (e.preventDefault(), void act.run(() => handOver(ctx(), state.caseId, { receivedBy, result, certificate })))}
      noValidate
      data-testid="hand-over-form"
    >
      <h3>{d('handOver')}</h3>
      <Field
        label={d('receivedBy')}
        value={receivedBy}
        onChange={setReceivedBy}
        error={act.problems.receivedBy ? d(act.problems.receivedBy) : null}
        hint={d('receivedByHint')}
        data-testid="received-by"
      />
      <ActMessages act={act} />
      <button type="submit" className="primary" disabled={act.busy} data-testid="hand-over-submit">
        {d('handOverButton')}
      </button>
    </form>
  );
}

function currentQuarter(date: string): 1 | 2 | 3 | 4 {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** The TSA certificate: the akim's office checks, prints and hands it over while the applicant waits. */
function CertificateDesk({ state }: { state: CaseState }) {
  const d = useDistrictText();
  const session = useSession();
  const today = localDate();
  const [receives, setReceives] = useState(true);
  const [year, setYear] = useState(today.slice(0, 4));
  const [quarter, setQuarter] = useState<1 | 2 | 3 | 4>(currentQuarter(today));
  const [signer, setSigner] = useState(session.user.role === 'akim' ? session.user.name : '');
  const yearOk = /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100;
  const signerOk = signer.trim() !== '';
  return (
    <div className="act-form" data-testid="certificate-desk">
      <h3>{d('certificate')}</h3>
      <div className="row">
        <label className="check">
          <input type="radio" checked={receives} onChange={() => setReceives(true)} data-testid="tsa-receives" /> {d('tsaReceives')}
        </label>
        <label className="check">
          <input type="radio" checked={!receives} onChange={() => setReceives(false)} data-testid="tsa-not-receives" />{' '}
          {d('tsaNotReceives')}
        </label>
      </div>
      <div className="row">
        <Field
          label={d('year')}
          value={year}
          onChange={setYear}
          inputMode="numeric"
          error={yearOk ? null : d('problemYear')}
          data-testid="tsa-year"
        />
        <label className="field">
          {d('quarter')}
          <select value={quarter} onChange={(e) => setQuarter(Number(e.target.value) as 1 | 2 | 3 | 4)} data-testid="tsa-quarter">
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </label>
        <Field
          label={d('certificateSigner')}
          value={signer}
          onChange={setSigner}
          error={signerOk ? null : d('problemRequired')}
          data-testid="tsa-signer"
        />
      </div>
      {yearOk && signerOk && (
        <PrintButtons
          form="certificate"
          testId="certificate-print"
          title={`${state.number} ${d('certificate')}`}
          fileName={`certificate-${state.number}.pdf`}
          build={() =>
            buildCertificate(state, session.settings, { receives, year: Number(year), quarter, signer: signer.trim(), date: today })
          }
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
function IssuedCertificate({ state }: { state: CaseState }) {
  const d = useDistrictText();
  const session = useSession();
  const queryClient = useQueryClient();
  const issued = issuedCertificate(state);
  if (!issued) return null;
  const { answer } = issued;
  const signer = answer.signer ?? '—';
  return (
    <div className="result-paper" data-testid="certificate-issued">
      <h3>{d('certificateIssued')}</h3>
      <p data-testid="certificate-facts">
        {d('certificateFacts', {
          answer: d(answer.receives ? 'tsaReceives' : 'tsaNotReceives'),
          year: answer.year,
          quarter: answer.quarter,
          signer,
        })}
      </p>
      <p data-testid="certificate-family">
        {answer.family.length > 0
          ? d('certificateFamily', {
              names: answer.family.map((m) => (m.relation ? `${m.fullName} (${m.relation})` : m.fullName)).join(', '),
            })
          : d('certificateNoFamily')}
      </p>
      <PrintButtons
        form="certificate"
        testId="certificate-reprint"
        printLabel={d('reprintDuplicate')}
        title={`${state.number} ${d('certificate')}`}
        fileName={`certificate-${state.number}-duplicate.pdf`}
        before={async () => {
          await appendEvents(writeContextFor(db, session.settings, session.user, localMoment()), state.caseId, () => [
            { type: 'formReprinted', payload: { form: 'certificate' } },
          ]);
          await queryClient.invalidateQueries({ queryKey: ['cases'] });
        }}
        build={() => buildCertificate(state, session.settings, { ...answer, signer, date: issued.at.slice(0, 10), duplicate: true })}
      />
    </div>
  );
}
