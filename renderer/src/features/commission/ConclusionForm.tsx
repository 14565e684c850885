// Adopting the commission's conclusion on a case at one of the sessions that has
// it on the agenda; a refusal (no quorum, unsigned, …) is worded with its names.
import { useState } from 'react';
import { assessIncome, conclusionChoices, type ConclusionKind, type InspectionAct } from '@shared/commission/act';
import { membersOn } from '@shared/commission/commission';
import { ADOPTION_REFUSAL_NAMES, QUORUM_FAILURE_NAMES, THRESHOLD_TEXTS } from '@shared/i18n/commission';
import { thresholdRequirement } from '@shared/commission/threshold-rule';
import { caseEntry } from '@renderer/catalog/catalog';
import { NoThresholdFields } from './NoThresholdFields';
import { CONCLUSION_NAMES } from '@shared/i18n/commission-act';
import { printedDate } from '@shared/forms/input';
import type { CaseState } from '@shared/case';
import { newestThresholds } from '@renderer/catalog/published';
import { writeErrorText } from '@renderer/ui/problems';
import { AdoptionRefused, type AdoptionProblem } from './act-commands';
import { applicationDate, serviceSlug } from './act-fields';
import { useSessionsWithCase } from './queries';
import type { CommissionRow, SessionRow } from './tables';
import { SelectField, TextArea } from './ui';
import { useCommissionCommands } from './use-commands';
import { useLanguage } from '@renderer/i18n/language';

type Vote = 'agree' | 'dissent' | 'none';

/** The conclusion put to a session: its kind and reasons, each present member's vote, who records it. */
export function ConclusionForm({ state, commission, act }: { state: CaseState; commission: CommissionRow; act: InspectionAct }) {
  const i18n = useLanguage();
  const { t, lang } = i18n;
  const commands = useCommissionCommands();
  const sessions = useSessionsWithCase(commission.id, state.caseId);
  const [sessionId, setSessionId] = useState('');
  const choices = conclusionChoices(state.registered?.branch);
  const [kind, setKind] = useState<ConclusionKind>(choices[0]);
  const [reasons, setReasons] = useState('');
  const [votes, setVotes] = useState<Record<string, Vote>>({});
  const [opinions, setOpinions] = useState<Record<string, string>>({});
  const [adoptedBy, setAdoptedBy] = useState('');
  const [noThreshold, setNoThreshold] = useState({ chosen: false, reason: '' });
  const [outcome, setOutcome] = useState<{ refusal: AdoptionProblem } | { failure: unknown } | null>(null);

  if (!sessions.data) return null;
  if (sessions.data.length === 0)
    return (
      <p className="banner warn" data-testid="conclusion-no-session">
        {t('commission.conclusionNoSession')}
      </p>
    );
  const chosen: SessionRow = sessions.data.find((s) => s.id === sessionId) ?? sessions.data[0];
  const present = membersOn(commission, chosen.date).filter((m) => chosen.presentIds.includes(m.id));
  const recorder = adoptedBy || present.find((m) => m.role === 'secretary')?.id || present[0]?.id || '';
  const names = new Map(commission.members.map((m) => [m.id, m.fullName]));
  // The income test this conclusion depends on; a threshold missing for the date needs the explicit choice.
  const threshold = {
    service: serviceSlug(state),
    date: applicationDate(state),
    region: caseEntry(state)?.act.region,
    table: newestThresholds(),
  };
  const requirement = thresholdRequirement(threshold.service, threshold.date, 'precinctCommission', threshold.region, threshold.table);
  const perCapita = (() => {
    const assessed = assessIncome(act, serviceSlug(state), applicationDate(state), newestThresholds());
    return assessed.ok ? assessed.result.perCapita : undefined;
  })();

  async function adopt() {
    const signatures = present
      .filter((m) => (votes[m.id] ?? 'none') !== 'none')
      .map((m) => ({ memberId: m.id, vote: votes[m.id] as 'agree' | 'dissent', opinion: opinions[m.id] }));
    try {
      await commands.adoptConclusion({
        caseId: state.caseId,
        commission,
        session: chosen,
        conclusion: kind,
        reasons,
        adoptedBy: recorder,
        signatures,
        perCapita,
        threshold,
        noThreshold:
          requirement.kind === 'missing' && noThreshold.chosen
            ? { recordedBy: names.get(recorder) ?? recorder, reason: noThreshold.reason }
            : undefined,
      });
      setOutcome(null);
    } catch (error) {
      setOutcome(error instanceof AdoptionRefused ? { refusal: error.refusal } : { failure: error });
    }
  }

  function refusalText(r: AdoptionProblem): string {
    if (r.reason === 'noThresholdInForce') return t('commission.refused', { reason: THRESHOLD_TEXTS.noThresholdChoice[lang] });
    if (r.reason === 'notOnAgenda' || r.reason === 'noReasons')
      return t('commission.refused', { reason: t(r.reason === 'notOnAgenda' ? 'commission.notOnAgenda' : 'commission.noReasons') });
    const base = ADOPTION_REFUSAL_NAMES[r.reason][lang];
    if (r.reason === 'noQuorum') return t('commission.refused', { reason: `${base}: ${QUORUM_FAILURE_NAMES[r.quorum.reason][lang]}` });
    if (r.reason === 'unsigned')
      return `${t('commission.refused', { reason: base })} ${t('commission.refusedUnsigned', { names: r.who.map((id) => names.get(id) ?? id).join(', ') })}`;
    if (r.reason === 'notMember' || r.reason === 'dissentWithoutOpinion')
      return t('commission.refused', { reason: `${base} (${names.get(r.who) ?? r.who})` });
    return t('commission.refused', { reason: base });
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void adopt();
      }}
      noValidate
      data-testid="conclusion-form"
    >
      <SelectField
        label={t('commission.conclusionSession')}
        value={chosen.id}
        options={sessions.data.map((s) => [
          s.id,
          t('commission.sessionLine', { number: s.number, date: printedDate(s.date), place: s.place }),
        ])}
        onChange={setSessionId}
        testId="conclusion-session"
      />
      <SelectField
        label={t('commission.conclusionKind')}
        value={kind}
        options={choices.map((k) => [k, CONCLUSION_NAMES[k][lang]])}
        onChange={(k) => setKind(k as ConclusionKind)}
        testId="conclusion-kind"
      />
      <TextArea label={t('common.reasons')} value={reasons} onChange={setReasons} testId="conclusion-reasons" />
      {requirement.kind === 'missing' && <NoThresholdFields test={requirement.test} value={noThreshold} onChange={setNoThreshold} />}
      <h3>{t('commission.votes')}</h3>
      <table className="grid" data-testid="votes">
        <tbody>
          {present.map((m) => (
            <tr key={m.id}>
              <td>{m.fullName}</td>
              <td>
                <select
                  aria-label={m.fullName}
                  value={votes[m.id] ?? 'none'}
                  onChange={(e) => setVotes({ ...votes, [m.id]: e.target.value as Vote })}
                  data-testid={`vote-${m.fullName}`}
                >
                  <option value="none">{t('commission.voteNone')}</option>
                  <option value="agree">{t('commission.voteAgree')}</option>
                  <option value="dissent">{t('commission.voteDissent')}</option>
                </select>
              </td>
              <td>
                {votes[m.id] === 'dissent' && (
                  <textarea
                    aria-label={t('commission.opinion')}
                    placeholder={t('commission.opinion')}
                    value={opinions[m.id] ?? ''}
                    onChange={(e) => setOpinions({ ...opinions, [m.id]: e.target.value })}
                    data-testid={`opinion-${m.fullName}`}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SelectField
        label={t('commission.adoptedBy')}
        value={recorder}
        options={present.map((m) => [m.id, m.fullName])}
        onChange={setAdoptedBy}
        testId="adopted-by"
      />
      <div className="actions">
        <button type="submit" className="primary" data-testid="adopt">
          {t('commission.adopt')}
        </button>
      </div>
      {outcome && (
        <div className="banner error" role="alert" data-testid="adopt-message">
          {'refusal' in outcome ? refusalText(outcome.refusal) : writeErrorText(outcome.failure, i18n)}
        </div>
      )}
    </form>
  );
}
