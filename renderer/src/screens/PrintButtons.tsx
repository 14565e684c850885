// Print and save buttons for one form. `before` runs first (a reprint records
// its event there); a failure is shown beside the buttons.
import { useState } from 'react';
import type { FormKind } from '../../../shared/host/bridge';
import { host } from '../host/host';
import { useLanguage } from '../i18n/language';
import { writeErrorText } from '../ui/problems';

interface PrintButtonsProps {
  form: FormKind;
  title: string;
  fileName: string;
  build(): Promise<Uint8Array>;
  before?(): Promise<void>;
  printLabel?: string;
  testId?: string;
}

export function PrintButtons({ form, title, fileName, build, before, printLabel, testId }: PrintButtonsProps) {
  const i18n = useLanguage();
  const { t } = i18n;
  // Messages are kept as keys and errors as objects, so they follow a language switch.
  const [state, setState] = useState<{ busy: boolean; done?: 'printing' | 'printed' | 'saved'; failure?: unknown }>({ busy: false });

  async function run(kind: 'print' | 'save') {
    setState({ busy: true, done: 'printing' });
    try {
      await before?.();
      const pdf = await build();
      const outcome = kind === 'print' ? await host.printPdf({ form, title, pdf }) : await host.saveFile({ suggestedName: fileName, mime: 'application/pdf', data: pdf });
      if (outcome.ok) setState({ busy: false, done: kind === 'print' ? 'printed' : 'saved' });
      else setState({ busy: false, failure: new Error(outcome.detail ?? outcome.reason) });
    } catch (error) {
      setState({ busy: false, failure: error });
    }
  }

  function failureText(error: unknown): string {
    const ours = error instanceof Error && ['RejectedWrite', 'InvalidEvent', 'StorageFailure'].includes(error.name);
    return ours || !(error instanceof Error) ? writeErrorText(error, i18n) : error.message;
  }

  return (
    <div className="print-buttons" data-testid={testId}>
      <button type="button" onClick={() => void run('print')} disabled={state.busy} data-testid={testId && `${testId}-print`}>
        {printLabel ?? t('print')}
      </button>
      <button type="button" onClick={() => void run('save')} disabled={state.busy} data-testid={testId && `${testId}-save`}>
        {t('savePdf')}
      </button>
      {state.failure !== undefined ? (
        <span className="msg error">{t('printFailed', { reason: failureText(state.failure) })}</span>
      ) : (
        state.done && <span className="msg hint">{t(state.done)}</span>
      )}
    </div>
  );
}
