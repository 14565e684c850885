// A new application at the counter: service, applicant, documents; then either
// a refusal receipt (something missing) or consent + registration + talon.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseIin } from '@shared/iin/iin';
import { IIN_FAILURE_NAMES } from '@shared/i18n/domain';
import { printedDate } from '@shared/forms/input';
import type { CaseState } from '@shared/case';
import { officeServices } from '@renderer/catalog/catalog';
import { localDate, localMoment } from '@renderer/db/clock';
import { intakeDraftId, discardDraft, loadDraft, saveDraft } from './drafts';
import { searchKey } from '@renderer/db/normalise';
import { openDuplicates } from '@renderer/features/search/search-queries';
import { db, reportStorageError } from '@renderer/db/database';
import { navigate } from '@renderer/app/router';
import { useSession, writeContextOf } from '@renderer/app/session';
import { checklistFor, missingDocuments } from './checklist';
import { emptyFamilyMember, emptyForm, type IntakeForm } from './form';
import { refuseApplication, registerApplication } from './submit';
import { liveIinProblem, validateIntake, type FormProblems, type IntakeMode } from './validate';
import { useLanguage } from '@renderer/i18n/language';
import { buildCaseForm, buildConsentBeforeRegistering } from '@renderer/print/lazy';
import { Check, Field } from '@renderer/ui/Field';
import { problemText, writeErrorText } from '@renderer/ui/problems';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { host } from '@renderer/host/host';

const DRAFT_DELAY_MS = 300;

export function NewApplicationScreen() {
  const i18n = useLanguage();
  const { t, pick, lang } = i18n;
  const session = useSession();
  const { settings, user } = session;
  const queryClient = useQueryClient();
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
  const firstField = useRef<HTMLInputElement>(null);

  // Restore a half-filled application (window closed or crashed).
  useEffect(() => {
    void loadDraft(db, user.id).then((draft) => {
      if (draft) {
        setForm({ ...emptyForm(), ...(draft.data as Partial<IntakeForm>) });
        setRestoredAt(draft.updatedAt);
      }
      setReady(true);
    });
  }, [user.id]);

  // Save the draft as the clerk types.
  useEffect(() => {
    if (!ready || done) return;
    const timer = setTimeout(() => {
      saveDraft(db, user.id, form).catch((error) => setFailure({ error }));
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form, ready, done, user.id]);

  const entry = services.find((s) => s.id === form.entryId);
  const checklist = entry ? checklistFor(entry, form.represented) : [];
  const missing = missingDocuments(checklist, form);
  const today = localDate();
  const problems: FormProblems = validateIntake(form, entry, missing.length > 0 ? 'refuse' : 'register', today);
  const iinParsed = parseIin(form.iin);
  const duplicates = useQuery({
    queryKey: ['cases', 'duplicates', form.iin, entry?.service],
    queryFn: () => openDuplicates(db, form.iin, entry!.service),
    enabled: iinParsed.ok && !!entry,
  });
  const duplicateList = iinParsed.ok && entry ? (duplicates.data ?? []) : [];

  const set = <K extends keyof IntakeForm>(key: K, value: IntakeForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof IntakeForm) => (value: string) => set(key, value as never);
  const shown = (field: string) => (attempt !== null || touched[field] ? problemText(problems[field], i18n) : null);
  const blur = (field: string) => () => setTouched((x) => ({ ...x, [field]: true }));

  const matchingServices = useMemo(() => {
    const key = searchKey(serviceQuery);
    return services.filter((s) => !key || searchKey(s.title.kk).includes(key) || searchKey(s.title.ru).includes(key));
  }, [services, serviceQuery]);

  async function record(mode: IntakeMode) {
    setAttempt(mode);
    setFailure(null);
    const check = validateIntake(form, entry, mode, today);
    if (Object.keys(check).length > 0 || !entry) return;
    if (mode === 'register' && (!form.consentSigned || (duplicateList.length > 0 && !form.duplicateConfirmed))) return;
    setBusy(true);
    try {
      const ctx = writeContextOf(session);
      const state =
        mode === 'register'
          ? await registerApplication(ctx, form, entry, checklist, settings.hours, intakeDraftId(user.id))
          : await refuseApplication(ctx, form, entry, missing, intakeDraftId(user.id));
      setDone(state);
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
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
  }

  if (!ready) return <div className="screen">{t('loading')}</div>;

  if (done) {
    const registered = done.status !== 'refusedAtIntake';
    return (
      <div className="screen narrow" data-testid="intake-done">
        <h1>{t('newTitle')}</h1>
        <div className={`banner ${registered ? 'ok' : 'warn'}`} data-testid="intake-result">
          {registered
            ? t('registered', { number: done.number, date: printedDate(done.resultDate!) })
            : t('refused', { number: done.number })}
        </div>
        <PrintButtons
          form={registered ? 'talon' : 'refusalReceipt'}
          testId={registered ? 'talon' : 'refusal'}
          title={done.number}
          fileName={`${registered ? 'talon' : 'refusal-receipt'}-${done.number}.pdf`}
          printLabel={registered ? t('printTalon') : t('printRefusal')}
          build={() => buildCaseForm(registered ? 'talon' : 'refusalReceipt', done, settings)}
        />
        {registered && (
          <PrintButtons
            form="consent"
            testId="consent-after"
            title={done.number}
            fileName={`consent-${done.number}.pdf`}
            printLabel={t('printConsent')}
            build={() => buildCaseForm('consent', done, settings)}
          />
        )}
        <div className="actions">
          <button type="button" onClick={() => navigate({ screen: 'case', caseId: done.caseId })}>
            {t('openCase')}
          </button>
          <button type="button" className="primary" onClick={startOver} autoFocus>
            {t('nextApplication')}
          </button>
        </div>
      </div>
    );
  }

  const iinLive = liveIinProblem(form.iin);
  const iinError = iinLive ? IIN_FAILURE_NAMES[iinLive][lang] : shown('iin');
  const errorCount = attempt ? Object.keys(validateIntake(form, entry, attempt, today)).length : 0;

  return (
    <form className="screen intake" onSubmit={(e) => e.preventDefault()} noValidate>
      <h1>{t('newTitle')}</h1>
      <div className="actions top">
        {restoredAt && (
          <span className="banner" data-testid="draft-restored">
            {t('draftRestored', { time: new Date(restoredAt).toLocaleString(lang === 'kk' ? 'kk-KZ' : 'ru-RU') })}
          </span>
        )}
        <button type="button" onClick={() => (void discardDraft(db, user.id), startOver())} data-testid="discard">
          {t('draftDiscard')}
        </button>
      </div>

      <fieldset>
        <legend>{t('servicePick')}</legend>
        {entry ? (
          <div className="chosen-service" data-testid="chosen-service">
            <strong>{pick(entry.title)}</strong>
            <button type="button" onClick={() => set('entryId', '')}>
              {t('serviceChange')}
            </button>
          </div>
        ) : (
          <>
            <Field
              label={t('serviceSearch')}
              value={serviceQuery}
              onChange={setServiceQuery}
              autoFocus
              error={attempt ? problemText(problems.entryId, i18n) : null}
              data-testid="service-search"
            />
            <ul className="service-list" role="listbox">
              {matchingServices.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    onClick={() => (set('entryId', s.id), setTimeout(() => firstField.current?.focus(), 0))}
                    data-service={s.service}
                  >
                    {pick(s.title)}
                  </button>
                </li>
              ))}
              {matchingServices.length === 0 && <li className="empty">{t('serviceNone')}</li>}
            </ul>
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('sectionApplicant')}</legend>
        <div className="row">
          <Field
            label={t('iin')}
            value={form.iin}
            onChange={(v) => set('iin', v.replace(/\s/g, ''))}
            onBlur={blur('iin')}
            error={iinError}
            hint={
              iinParsed.ok
                ? t('iinOk', { date: printedDate(iinParsed.birthDate), sex: t(iinParsed.sex === 'male' ? 'sexMale' : 'sexFemale') })
                : null
            }
            inputMode="numeric"
            maxLength={12}
            ref={firstField}
            data-testid="iin"
          />
        </div>
        <div className="row">
          <Field label={t('surname')} value={form.surname} onChange={text('surname')} onBlur={blur('surname')} error={shown('surname')} />
          <Field label={t('name')} value={form.name} onChange={text('name')} onBlur={blur('name')} error={shown('name')} />
          <Field label={t('patronymic')} value={form.patronymic} onChange={text('patronymic')} />
        </div>
        <div className="row">
          <Field
            label={t('idNumber')}
            value={form.idNumber}
            onChange={text('idNumber')}
            onBlur={blur('idNumber')}
            error={shown('idNumber')}
          />
          <Field
            label={t('idIssuer')}
            value={form.idIssuer}
            onChange={text('idIssuer')}
            onBlur={blur('idIssuer')}
            error={shown('idIssuer')}
          />
          <Field
            label={t('idDate')}
            type="date"
            value={form.idDate}
            onChange={text('idDate')}
            onBlur={blur('idDate')}
            error={shown('idDate')}
          />
        </div>
        <div className="row">
          <Field label={t('address')} value={form.address} onChange={text('address')} onBlur={blur('address')} error={shown('address')} />
          <Field label={t('phone')} type="tel" value={form.phone} onChange={text('phone')} onBlur={blur('phone')} error={shown('phone')} />
        </div>
        <Check label={t('represented')} checked={form.represented} onChange={(v) => set('represented', v)} testId="represented" />
      </fieldset>

      {form.represented && (
        <fieldset>
          <legend>{t('sectionRepresentative')}</legend>
          <div className="row">
            <Field label={t('repFullName')} value={form.repFullName} onChange={text('repFullName')} error={shown('repFullName')} />
            <Field
              label={t('repIin')}
              value={form.repIin}
              onChange={text('repIin')}
              error={shown('repIin')}
              inputMode="numeric"
              maxLength={12}
            />
          </div>
          <div className="row">
            <Field label={t('poaNumber')} value={form.poaNumber} onChange={text('poaNumber')} error={shown('poaNumber')} />
            <Field label={t('poaDate')} type="date" value={form.poaDate} onChange={text('poaDate')} error={shown('poaDate')} />
            <Field label={t('poaNotary')} value={form.poaNotary} onChange={text('poaNotary')} error={shown('poaNotary')} />
          </div>
        </fieldset>
      )}

      {entry?.familyBased && (
        <fieldset>
          <legend>{t('sectionFamily')}</legend>
          {form.family.length === 0 && <p className="empty">{t('familyNone')}</p>}
          {form.family.map((member, i) => {
            const change = (key: keyof typeof member) => (value: string) =>
              set(
                'family',
                form.family.map((m, j) => (j === i ? { ...m, [key]: key === 'iin' ? value.replace(/\s/g, '') : value } : m)),
              );
            return (
              <div className="row family" key={i}>
                <Field
                  label={t('iin')}
                  value={member.iin}
                  onChange={change('iin')}
                  error={shown(`family.${i}.iin`)}
                  inputMode="numeric"
                  maxLength={12}
                />
                <Field label={t('surname')} value={member.surname} onChange={change('surname')} error={shown(`family.${i}.surname`)} />
                <Field label={t('name')} value={member.name} onChange={change('name')} error={shown(`family.${i}.name`)} />
                <Field label={t('relation')} value={member.relation} onChange={change('relation')} error={shown(`family.${i}.relation`)} />
                <button
                  type="button"
                  onClick={() =>
                    set(
                      'family',
                      form.family.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('familyRemove')}
                </button>
              </div>
            );
          })}
          <button type="button" onClick={() => set('family', [...form.family, emptyFamilyMember()])}>
            + {t('familyAdd')}
          </button>
        </fieldset>
      )}

      {entry && (
        <fieldset>
          <legend>{t('sectionDocuments')}</legend>
          <table className="checklist">
            <tbody>
              {checklist.map((item) => {
                const mark = form.documents[item.id] ?? { original: false, copy: false };
                const toggle = (key: 'original' | 'copy') => (value: boolean) =>
                  set('documents', { ...form.documents, [item.id]: { ...mark, [key]: value } });
                return (
                  <tr key={item.id} data-doc={item.id}>
                    <td>
                      {pick(item.title)} {!item.required && <span className="muted">{t('docOptional')}</span>}
                    </td>
                    <td>
                      <Check
                        label={t('docOriginal')}
                        checked={mark.original}
                        onChange={toggle('original')}
                        testId={`doc-${item.id}-original`}
                      />
                    </td>
                    <td>
                      <Check label={t('docCopy')} checked={mark.copy} onChange={toggle('copy')} testId={`doc-${item.id}-copy`} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {missing.length > 0 ? (
            <div className="banner warn" data-testid="missing">
              {t('missingList', { list: missing.map((m) => pick(m.title)).join('; ') })}
            </div>
          ) : (
            <div className="banner ok">{t('packageComplete')}</div>
          )}
        </fieldset>
      )}

      {duplicateList.length > 0 && (
        <div className="banner warn" data-testid="duplicate-warning">
          {t('duplicateWarning', { numbers: duplicateList.map((d) => d.number).join(', ') })}
          <Check
            label={t('duplicateConfirm')}
            checked={form.duplicateConfirmed}
            onChange={(v) => set('duplicateConfirmed', v)}
            testId="duplicate-confirm"
          />
        </div>
      )}

      {attempt && errorCount > 0 && <div className="banner error">{t('fixErrors', { count: errorCount })}</div>}
      {failure && (
        <div className="banner error" role="alert" data-testid="intake-failure">
          {writeErrorText(failure.error, i18n)}
        </div>
      )}

      {entry && missing.length > 0 && (
        <div className="actions">
          <button type="button" className="danger" disabled={busy} onClick={() => void record('refuse')} data-testid="refuse">
            {t('refuse')}
          </button>
        </div>
      )}
      {entry && missing.length === 0 && (
        <div className="actions">
          <PrintButtons
            form="consent"
            testId="consent"
            title={t('printConsent')}
            fileName="consent.pdf"
            printLabel={t('printConsent')}
            before={async () => {
              setAttempt('register');
              const check = validateIntake(form, entry, 'register', today);
              if (Object.keys(check).length > 0) throw new Error(t('fixErrors', { count: Object.keys(check).length }));
            }}
            build={async () => {
              const iin = parseIin(form.iin);
              const pdf = await buildConsentBeforeRegistering(
                settings,
                entry,
                {
                  surname: form.surname.trim(),
                  name: form.name.trim(),
                  patronymic: form.patronymic.trim() || undefined,
                  iin: iin.ok ? form.iin : '',
                  idDocument: { number: form.idNumber.trim(), issuer: form.idIssuer.trim(), date: form.idDate },
                },
                localMoment().slice(0, 10),
              );
              setConsentPrinted(true);
              return pdf;
            }}
          />
          <Check
            label={t('consentSigned')}
            checked={form.consentSigned}
            onChange={(v) => set('consentSigned', v)}
            testId="consent-signed"
          />
          {attempt === 'register' && !form.consentSigned && <div className="msg error">{t('consentFirst')}</div>}
          <button
            type="button"
            className="primary"
            disabled={busy || !form.consentSigned || (duplicateList.length > 0 && !form.duplicateConfirmed)}
            onClick={() => void record('register')}
            data-testid="register"
            title={consentPrinted ? undefined : t('consentFirst')}
          >
            {t('register')}
          </button>
        </div>
      )}
    </form>
  );
}
