// The state of one application at the counter: the form (restored from and
// saved to the draft), what it lacks, its problems, duplicates, and recording it.
import { useEffect, useMemo, useState } from 'react';
import type { CaseState } from '@shared/case';
import { parseIin } from '@shared/iin/iin';
import { useSession } from '@renderer/app/session';
import { officeServices } from '@renderer/catalog/catalog';
import { receptionStatus } from '@shared/deadlines/reception';
import { newestCalendar } from '@renderer/catalog/published';
import { localDate, localMoment } from '@renderer/db/clock';
import { reportStorageError } from '@renderer/db/storage-problem';
import { useLanguage } from '@renderer/i18n/language';
import { host } from '@renderer/host/host';
import { buildCaseForm } from '@renderer/print/lazy';
import { problemText } from '@renderer/ui/problems';
import { checklistFor, missingDocuments } from './checklist';
import { discardIntakeDraft, recordApplication, saveIntakeDraft } from './commands';
import { emptyForm, type IntakeForm } from './form';
import { useLastCase, useOpenDuplicates, useRestoredDraft } from './queries';
import { fillFromLastCase, returningDetails } from './returning';
import { validateIntake, type IntakeMode } from './validate';

const DRAFT_DELAY_MS = 300;

export type Intake = ReturnType<typeof useIntakeForm>;

export function useIntakeForm() {
  const i18n = useLanguage();
  const session = useSession();
  const { settings, user } = session;
  const services = useMemo(() => officeServices(settings.actIds), [settings.actIds]);
  const [form, setForm] = useState<IntakeForm>(emptyForm);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [serviceQuery, setServiceQuery] = useState('');
  const [attempt, setAttempt] = useState<IntakeMode | null>(null);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const [consentPrinted, setConsentPrinted] = useState(false);
  const [done, setDone] = useState<CaseState | null>(null);
  const [outsideConfirmed, setOutsideConfirmed] = useState(false);

  // Restore a half-filled application (window closed or crashed) before the form first shows.
  const restored = useRestoredDraft(user.id);
  if (restored.ready && !ready) {
    setReady(true);
    if (restored.draft) {
      setForm({ ...emptyForm(), ...(restored.draft.data as Partial<IntakeForm>) });
      setRestoredAt(restored.draft.updatedAt);
    }
  }

  // Save the draft as the clerk types.
  useEffect(() => {
    if (!ready || done) return;
    const timer = setTimeout(() => {
      saveIntakeDraft(user.id, form).catch((error) => setFailure({ error }));
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form, ready, done, user.id]);

  const entry = services.find((s) => s.id === form.entryId);
  const checklist = entry ? checklistFor(entry, form.represented) : [];
  const missing = missingDocuments(checklist, form);
  const today = localDate();
  const problems = validateIntake(form, entry, missing.length > 0 ? 'refuse' : 'register', today);
  const iinParsed = parseIin(form.iin);
  const duplicates = useOpenDuplicates(form.iin, entry?.service, iinParsed.ok && !!entry);
  const duplicateList = iinParsed.ok && entry ? (duplicates.data ?? []) : [];
  // A returning citizen: the details of their latest case, offered until taken (or the IIN changes).
  const [filledFrom, setFilledFrom] = useState<string | null>(null);
  const lastCase = useLastCase(form.iin, iinParsed.ok);
  const earlier = iinParsed.ok ? lastCase.data : undefined;
  const earlierDetails = earlier ? returningDetails(earlier) : null;
  const returning =
    earlier && earlierDetails
      ? {
          number: earlier.number,
          date: earlier.events[0]?.at.slice(0, 10) ?? '',
          surname: earlierDetails.surname,
          name: earlierDetails.name,
          filled: filledFrom === earlier.caseId,
          fill() {
            setForm((f) => fillFromLastCase(f, earlierDetails));
            setFilledFrom(earlier.caseId);
          },
        }
      : null;
  // Outside the reception window a registration is confirmed first; its terms run from the window's next opening.
  const reception = receptionStatus(localMoment(), settings.hours, newestCalendar());

  const set = <K extends keyof IntakeForm>(key: K, value: IntakeForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof IntakeForm) => (value: string) => set(key, value as never);
  const shown = (field: string) => (attempt !== null || touched[field] ? problemText(problems[field], i18n) : null);
  const blur = (field: string) => () => setTouched((x) => ({ ...x, [field]: true }));

  async function record(mode: IntakeMode) {
    setAttempt(mode);
    setFailure(null);
    const check = validateIntake(form, entry, mode, today);
    if (Object.keys(check).length > 0 || !entry) return;
    if (mode === 'register' && (!form.consentSigned || (duplicateList.length > 0 && !form.duplicateConfirmed))) return;
    if (mode === 'register' && !reception.inside && !outsideConfirmed) return;
    setBusy(true);
    try {
      const state = await recordApplication(session, mode, form, entry, { checklist, missing });
      setDone(state);
      // Print straight away; the buttons stay for a second copy or a file.
      const pdf = await buildCaseForm(mode === 'register' ? 'talon' : 'refusalReceipt', state, settings);
      await host.printPdf({ form: mode === 'register' ? 'talon' : 'refusalReceipt', title: state.number, pdf });
    } catch (error) {
      reportStorageError(error);
      setFailure({ error });
    } finally {
      setBusy(false);
    }
  }

  function startOver() {
    setForm(emptyForm());
    setDone(null);
    setAttempt(null);
    setTouched({});
    setConsentPrinted(false);
    setRestoredAt(null);
    setServiceQuery('');
    setFailure(null);
    setOutsideConfirmed(false);
    setFilledFrom(null);
  }

  function discard() {
    void discardIntakeDraft(user.id);
    startOver();
  }

  return {
    settings,
    services,
    serviceQuery,
    setServiceQuery,
    form,
    set,
    text,
    shown,
    blur,
    ready,
    restoredAt,
    entry,
    checklist,
    missing,
    today,
    problems,
    iinParsed,
    duplicateList,
    returning,
    reception,
    outsideConfirmed,
    setOutsideConfirmed,
    attempt,
    setAttempt,
    failure,
    busy,
    consentPrinted,
    setConsentPrinted,
    done,
    record,
    startOver,
    discard,
  };
}
