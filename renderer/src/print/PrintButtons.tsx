// Print and save buttons for one form. `before` runs first (a reprint records
// its event there); a failure is shown beside the buttons with the host's
// reason and a retry; hosts that can preview (Electron) get a preview button.
import { useState } from 'react';
import type { FormKind, PrintOutcome } from '@shared/host/bridge';
import { FORM_NAMES } from '@shared/i18n/domain';
import { host } from '@renderer/host/host';
import { useLanguage } from '@renderer/i18n/language';
import { writeErrorText } from '@renderer/ui/problems';
import { printFailureText, printJob } from '@renderer/features/settings/PrintersJob';

interface PrintButtonsProps {
  form: FormKind;
  title: string;
  fileName: string;
  build(): Promise<Uint8Array>;
  before?(): Promise<void>;
  printLabel?: string;
  testId?: string;
}

type Kind = 'print' | 'save' | 'preview';

export function PrintButtons({ form, title, fileName, build, before, printLabel, testId }: PrintButtonsProps) {
  const i18n = useLanguage();
  const { t, lang } = i18n;
  // Messages are kept as keys and errors as objects, so they follow a language switch.
  const [state, setState] = useState<{
    busy: boolean;
    done?: 'print.printing' | 'print.printed' | 'print.saved';
    failure?: unknown;
    printFailure?: Extract<PrintOutcome, { ok: false }>;
    retry?: { kind: Kind; skipBefore: boolean };
  }>({ busy: false });

  async function run(kind: Kind, skipBefore = false) {
    setState({ busy: true, done: 'print.printing' });
    // A retry does not record a second reprint when `before` already ran for this job.
    let beforeDone = skipBefore;
    const retry = () => ({ kind, skipBefore: beforeDone });
    try {
      if (!beforeDone) await before?.();
      beforeDone = true;
      const pdf = await build();
      if (kind === 'preview') {
        const shown = await host.previewPdf!({ form, title, pdf });
        setState(shown.ok ? { busy: false } : { busy: false, failure: new Error(t('common.printFailedOther')), retry: retry() });
        return;
      }
      const outcome =
        kind === 'print'
          ? await printJob(host, { form, title, pdf })
          : await host.saveFile({ suggestedName: fileName, mime: 'application/pdf', data: pdf });
      if (outcome.ok) setState({ busy: false, done: kind === 'print' ? 'print.printed' : 'print.saved' });
      else if (kind === 'print') setState({ busy: false, printFailure: outcome as Extract<PrintOutcome, { ok: false }>, retry: retry() });
      else setState({ busy: false, failure: new Error(outcome.detail ?? outcome.reason), retry: retry() });
    } catch (error) {
      setState({ busy: false, failure: error, retry: retry() });
    }
  }

  function failureText(error: unknown): string {
    const ours = error instanceof Error && ['RejectedWrite', 'InvalidEvent', 'StorageFailure'].includes(error.name);
    return ours || !(error instanceof Error) ? writeErrorText(error, i18n) : error.message;
  }

  // Neighbouring forms each have their buttons: the accessible name says which form (issue 14).
  const named = (action: string) => ({ 'aria-label': t('print.named', { form: FORM_NAMES[form][lang], action }) });
  const failed = state.printFailure
    ? printFailureText(state.printFailure, lang)
    : state.failure !== undefined
      ? failureText(state.failure)
      : null;
  return (
    <div className="print-buttons" data-testid={testId}>
      <button
        type="button"
        onClick={() => void run('print')}
        disabled={state.busy}
        data-testid={testId && `${testId}-print`}
        {...named(printLabel ?? t('print.print'))}
      >
        {printLabel ?? t('print.print')}
      </button>
      {host.previewPdf && (
        <button
          type="button"
          onClick={() => void run('preview')}
          disabled={state.busy}
          data-testid={testId && `${testId}-preview`}
          {...named(t('print.printPreview'))}
        >
          {t('print.printPreview')}
        </button>
      )}
      <button
        type="button"
        onClick={() => void run('save')}
        disabled={state.busy}
        data-testid={testId && `${testId}-save`}
        {...named(t('print.savePdf'))}
      >
        {t('print.savePdf')}
      </button>
      {failed !== null ? (
        <>
          <span className="msg error" role="alert" data-testid={testId && `${testId}-failure`}>
            {t('print.printFailed', { reason: failed })}
          </span>
          {state.retry && (
            <button
              type="button"
              onClick={() => void run(state.retry!.kind, state.retry!.skipBefore)}
              disabled={state.busy}
              data-testid={testId && `${testId}-retry`}
            >
              {t('print.printRetry')}
            </button>
          )}
        </>
      ) : (
        state.done && <span className="msg hint">{t(state.done)}</span>
      )}
    </div>
  );
}
