// The relayed package on a district PC: the office that sent it, the incoming
// registration, the executor, the commission's conclusion and act, the
// per-capita income, the special commission, and which files are still missing.
import type { CaseEventOf, CaseState } from '@shared/case';
import { perCapitaIncome } from '@shared/commission/income';
import { MEMBER_ROLE_NAMES } from '@shared/i18n/commission';
import { printedAmount, printedDate } from '@shared/forms/input';
import { useLanguage } from '@renderer/i18n/language';
import { useDirectory, useMissingPackageFiles } from './queries';
import type { TextKey } from '@renderer/texts';

const CONCLUSION_TEXT: Record<string, TextKey> = {
  needs: 'district.conclusionNeeds',
  doesNotNeed: 'district.conclusionDoesNotNeed',
  confirmed: 'district.conclusionConfirmed',
  notConfirmed: 'district.conclusionNotConfirmed',
};

/** What the package holds, as the department reads it before acting. */
export function PackageView({ state }: { state: CaseState }) {
  const files = useMissingPackageFiles(state.caseId, state.events.length);
  const { pick, t } = useLanguage();
  const directory = useDirectory();
  const officeCode = state.events[0].office;
  const officeName = directory.data?.offices[officeCode];
  const received = [...state.events].reverse().find((e): e is CaseEventOf<'receivedByDistrict'> => e.type === 'receivedByDistrict');
  const executor = [...state.events]
    .reverse()
    .find((e): e is CaseEventOf<'districtExecutorAssigned'> => e.type === 'districtExecutorAssigned');
  const special = [...state.events]
    .reverse()
    .find((e): e is CaseEventOf<'specialCommissionDecided'> => e.type === 'specialCommissionDecided');
  const act = state.inspections.at(-1) as Record<string, unknown> | undefined;
  const conclusion = state.conclusion as (CaseState['conclusion'] & { sessionDate?: string; perCapita?: number }) | undefined;
  const income = perCapitaOf(act) ?? conclusion?.perCapita;
  return (
    <div className="package" data-testid="package-view">
      <dl className="facts">
        <dt>{t('district.packageOffice')}</dt>
        <dd data-testid="package-office">
          {officeName ? `${pick(officeName)} ` : ''}
          <span className="mono">{officeCode}</span>
        </dd>
        {received && (
          <>
            <dt>{t('district.incomingNumber')}</dt>
            <dd data-testid="incoming">
              {t('district.incomingValue', { number: received.payload.incomingNumber, date: printedDate(received.payload.incomingDate) })}
            </dd>
          </>
        )}
        {executor && (
          <>
            <dt>{t('district.executor')}</dt>
            <dd data-testid="district-executor">{executor.payload.executorName}</dd>
          </>
        )}
        <dt>{t('district.commissionConclusion')}</dt>
        <dd data-testid="conclusion">
          {conclusion
            ? `${t(CONCLUSION_TEXT[conclusion.conclusion])} — ${conclusion.reasons}${conclusion.sessionDate ? ` (${printedDate(conclusion.sessionDate)})` : ''}`
            : t('district.none')}
        </dd>
        {conclusion?.composition && (
          <>
            <dt>
              {t('district.conclusionComposition', {
                number: conclusion.composition.decision.number,
                date: printedDate(conclusion.composition.decision.date),
              })}
            </dt>
            <dd data-testid="conclusion-composition">
              {conclusion.composition.members
                .map((m) => `${m.fullName} (${pick(MEMBER_ROLE_NAMES[m.role])}${m.present ? '' : `, ${t('district.memberAbsent')}`})`)
                .join('; ')}
            </dd>
          </>
        )}
        <dt>{t('common.inspectionAct')}</dt>
        <dd data-testid="inspection">
          {act
            ? t('district.actSummary', { count: state.inspections.length, members: Array.isArray(act.family) ? act.family.length : '—' })
            : t('district.none')}
        </dd>
        <dt>{t('common.perCapitaIncome')}</dt>
        <dd data-testid="per-capita">
          {income !== undefined ? t('district.tenge', { amount: printedAmount(income) }) : t('district.none')}
        </dd>
        {special && (
          <>
            <dt>{t('district.specialCommission')}</dt>
            <dd data-testid="special-commission">
              {special.payload.needs
                ? t('district.specialNeeds', { amount: printedAmount(special.payload.amount ?? 0) })
                : t('district.specialNoNeed')}
              {special.payload.reasons ? ` — ${special.payload.reasons}` : ''}
            </dd>
          </>
        )}
        <dt>{t('district.packageFiles')}</dt>
        <dd data-testid="package-files">
          {files.data
            ? files.data.length > 0
              ? t('district.filesMissingNames', { names: files.data.map((f) => f.name).join(', ') })
              : t('district.filesAll', { section: t('case.attachments') })
            : t('common.loading')}
        </dd>
      </dl>
      {state.status === 'returnedForRework' && state.reworkRemarks && (
        <div className="banner warn" data-testid="rework-remarks">
          {t('district.reworkSent', { remarks: state.reworkRemarks })}
        </div>
      )}
    </div>
  );
}

/** Per-capita income of an inspection act, when the act carries the family, months and incomes. */
function perCapitaOf(act: Record<string, unknown> | undefined): number | undefined {
  if (!act || !Array.isArray(act.family) || !Array.isArray(act.months) || !Array.isArray(act.incomes)) return undefined;
  const result = perCapitaIncome({
    familyIins: act.family.map((m: { iin: string }) => m.iin),
    months: act.months as string[],
    lines: act.incomes as never,
  });
  return result.ok ? result.result.perCapita : undefined;
}
