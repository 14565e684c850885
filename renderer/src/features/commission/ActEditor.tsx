// The inspection act being typed: checked field by field as it is typed after a
// first try, kept as a draft, recorded with its photos (never edited afterwards).
import { useEffect, useState } from 'react';
import { incomeMonths, type InspectionAct } from '@shared/commission/act';
import { membersOn } from '@shared/commission/commission';
import { SUPERSEDE_PROBLEM_NAMES } from '@shared/i18n/commission-act';
import type { CaseState } from '@shared/case';
import { localDate } from '@renderer/db/clock';
import { newestThresholds } from '@renderer/catalog/published';
import { Check, Field } from '@renderer/ui/Field';
import { hasProblems } from '@renderer/ui/form-problems';
import { fieldProblemText } from '@renderer/ui/field-problem-text';
import { writeErrorText } from '@renderer/ui/problems';
import { ActRefused } from './act-commands';
import { applicationDate, serviceSlug } from './act-fields';
import { actFormFor, checkActForm, familyFromCase, type ActForm, type ActProblems } from './act-form';
import { ActFamilyFields } from './ActFamilyFields';
import { ActHousingFields } from './ActHousingFields';
import { ActIncomeFields } from './ActIncomeFields';
import { actsOf } from './model';
import { useActDraftOnce } from './queries';
import type { CommissionRow } from './tables';
import { TextArea } from './ui';
import { useCommissionCommands } from './use-commands';
import { useLanguage } from '@renderer/i18n/language';
import { DateField } from '@renderer/ui/DateField';

/** A new act, or one that supersedes the act in force (with the reason). */
export function ActEditor({
  state,
  commission,
  previous,
  onDone,
}: {
  state: CaseState;
  commission: CommissionRow;
  previous?: InspectionAct;
  onDone(): void;
}) {
  const i18n = useLanguage();
  const { t, lang } = i18n;
  const commands = useCommissionCommands();
  const months = incomeMonths(serviceSlug(state), applicationDate(state), newestThresholds());
  const [form, setForm] = useState<ActForm>(() => actFormFor(state, localDate(), previous));
  const [photos, setPhotos] = useState<(File & { name: string })[]>([]);
  const [problems, setProblems] = useState<ActProblems>({});
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<{ saved: string } | { failure: unknown } | null>(null);
  const members = membersOn(commission, form.date || localDate());

  // The half-filled act is kept as it is typed, so leaving the screen loses nothing.
  const loaded = useActDraftOnce<ActForm>(state.caseId, previous?.actId, setForm);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a save follows the typing; commands are rebuilt each render.
  useEffect(() => {
    if (!loaded.current) return;
    const timer = setTimeout(() => void commands.saveActDraft(state.caseId, { form, supersedes: previous?.actId }), 300);
    return () => clearTimeout(timer);
  }, [form, state.caseId, previous?.actId]);

  const ctx = { commissionId: commission.id, members, caseFamily: familyFromCase(state), months, superseding: !!previous };
  // biome-ignore lint/correctness/useExhaustiveDependencies: after a first try the problems follow the typing.
  useEffect(() => {
    if (tried) setProblems(checkActForm(form, ctx).problems);
  }, [form, tried]);
  const err = (field: string) => fieldProblemText(problems[field], t, lang);
  const set = (patch: Partial<ActForm>) => setForm({ ...form, ...patch });
  const fields = { form, set, err };

  async function submit() {
    setTried(true);
    const checked = checkActForm(form, ctx);
    setProblems(checked.problems);
    if (!checked.fields) return setOutcome(null);
    try {
      const saved = await commands.recordAct(state.caseId, checked.fields, {
        photos,
        supersedes: previous?.actId,
        reason: previous ? form.supersedeReason : undefined,
      });
      await commands.dropActDraft(state.caseId);
      setOutcome({ saved: actsOf(saved).at(-1)!.actId });
      onDone();
    } catch (error) {
      setOutcome({ failure: error });
    }
  }

  function failureText(error: unknown): string {
    if (error instanceof ActRefused) {
      const p = error.problem;
      if ('photo' in p)
        return t(
          p.photo === 'notImage' || p.photo === 'type'
            ? 'commission.photoNotImage'
            : p.photo === 'empty'
              ? 'commission.photoEmpty'
              : 'commission.photoTooLarge',
          {
            name: p.name,
          },
        );
      if ('supersede' in p) return SUPERSEDE_PROBLEM_NAMES[p.supersede][lang];
      return t('commission.actFieldInvalid', { field: p.field });
    }
    return writeErrorText(error, i18n);
  }

  return (
    <form
      className="act-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
      data-testid="act-form"
    >
      <h3>{previous ? t('commission.supersedeAct') : t('commission.newAct')}</h3>
      {previous && (
        <TextArea
          label={t('commission.supersedeReason')}
          value={form.supersedeReason}
          onChange={(supersedeReason) => set({ supersedeReason })}
          error={err('supersedeReason')}
          testId="act-supersede-reason"
        />
      )}
      <div className="row">
        <DateField
          label={t('commission.actDate')}
          value={form.date}
          onChange={(date) => set({ date })}
          error={err('date')}
          data-testid="act-date"
        />
        <Field
          label={t('common.address')}
          value={form.address}
          onChange={(address) => set({ address })}
          error={err('address')}
          data-testid="act-address"
        />
      </div>
      <fieldset>
        <legend>{t('commission.visitedBy')}</legend>
        <div className="checks">
          {members.map((m) => (
            <Check
              key={m.id}
              label={m.fullName}
              checked={form.visitedBy.includes(m.id)}
              onChange={(on) => set({ visitedBy: on ? [...form.visitedBy, m.id] : form.visitedBy.filter((id) => id !== m.id) })}
              testId={`visited-${m.fullName}`}
            />
          ))}
        </div>
        {err('visitedBy') && <div className="msg error">{err('visitedBy')}</div>}
      </fieldset>

      <ActFamilyFields {...fields} />
      <ActHousingFields {...fields} />
      <ActIncomeFields {...fields} state={state} months={months} />

      <TextArea label={t('commission.notes')} value={form.notes} onChange={(notes) => set({ notes })} testId="act-notes" />
      <div className="field">
        <label className="file-button">
          {t('commission.photos')}
          <input
            type="file"
            multiple
            accept="image/jpeg,image/png"
            onChange={(e) => setPhotos(Array.from(e.target.files ?? []))}
            data-testid="act-photos"
          />
        </label>
        {photos.length > 0 && (
          <div className="msg hint">{t('commission.photosChosen', { names: photos.map((p) => p.name).join(', ') })}</div>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary" data-testid="act-save">
          {t('commission.saveAct')}
        </button>
      </div>
      {tried && hasProblems(problems) && (
        <div className="banner error" data-testid="act-problems">
          {t('commission.fixErrors')}
        </div>
      )}
      {outcome && (
        <div className={`banner ${'saved' in outcome ? 'ok' : 'error'}`} data-testid="act-message">
          {'saved' in outcome ? t('commission.actSaved', { id: outcome.saved }) : failureText(outcome.failure)}
        </div>
      )}
    </form>
  );
}
