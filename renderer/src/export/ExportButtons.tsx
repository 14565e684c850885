// "Save XLSX" and "Save CSV" for a table on screen: the rows go through the
// shared export (shared/export) and the file is saved by the host, as a PDF is
// (Electron's save dialog, the browser's download). Every register, journal
// and report uses this one component.
import { useState } from 'react';
import { type ExportColumn, type ExportFormat, exportFileName, exportRows } from '@shared/export';
import { host } from '@renderer/host/host';
import { useLanguage } from '@renderer/i18n/language';
import './export.css';

export interface ExportButtonsProps<R> {
  columns: readonly ExportColumn<R>[];
  rows: readonly R[] | (() => readonly R[]);
  /** The file's name without extension, e.g. "Кіріс журналы 2026-02-01 — 2026-02-28"; also the sheet's name. */
  name: string;
  testId?: string;
}

export function ExportButtons<R>({ columns, rows, name, testId }: ExportButtonsProps<R>) {
  const { t, lang } = useLanguage();
  const [state, setState] = useState<{ busy: boolean; saved?: boolean; failure?: string }>({ busy: false });

  async function run(format: ExportFormat) {
    setState({ busy: true });
    try {
      const file = await exportRows({ columns, rows: typeof rows === 'function' ? rows() : rows, lang, format, sheet: name });
      const outcome = await host.saveFile({ suggestedName: exportFileName(name, format), mime: file.mime, data: file.data });
      if (outcome.ok) setState({ busy: false, saved: true });
      else setState({ busy: false, failure: outcome.reason === 'cancelled' ? undefined : (outcome.detail ?? outcome.reason) });
    } catch (error) {
      setState({ busy: false, failure: error instanceof Error ? error.message : String(error) });
    }
  }

  const button = (format: ExportFormat, label: string) => (
    <button
      type="button"
      onClick={() => void run(format)}
      disabled={state.busy}
      data-testid={testId && `${testId}-${format}`}
      aria-label={t('reports.exportNamed', { table: name, action: label })}
    >
      {label}
    </button>
  );
  return (
    <div className="print-buttons export-buttons no-print" data-testid={testId}>
      {button('xlsx', t('reports.exportXlsx'))}
      {button('csv', t('reports.exportCsv'))}
      {state.failure !== undefined ? (
        <span className="msg error" role="alert">
          {t('reports.exportFailed', { reason: state.failure })}
        </span>
      ) : (
        state.saved && <span className="msg hint">{t('print.saved')}</span>
      )}
    </div>
  );
}
