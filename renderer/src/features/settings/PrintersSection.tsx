// Printers of this PC (Electron only): the printer each form goes to. In a
// browser the print dialog chooses every time, which one line says.
import { useState } from 'react';
import type { FormKind } from '@shared/host/bridge';
import { host } from '@renderer/host/host';
import { choosePrinterFor, rememberedPrinters } from './PrintersJob';
import { useHostPrinters } from './queries';
import { useLanguage } from '@renderer/i18n/language';
import { FORM_TEXT } from '@renderer/features/settings/form-names';

const FORMS = Object.keys(FORM_TEXT) as FormKind[];

export function PrintersSection() {
  const { t } = useLanguage();
  const desktop = host.choosePrinter !== undefined;
  const printers = useHostPrinters(desktop);
  const [chosen, setChosen] = useState(rememberedPrinters);
  const [message, setMessage] = useState<{ form: FormKind; printer: string } | { failed: true } | null>(null);

  async function choose(form: FormKind, printer: string) {
    const ok = await choosePrinterFor(host, form, printer || null);
    setChosen(rememberedPrinters());
    setMessage(!ok ? { failed: true } : printer ? { form, printer } : null);
  }

  return (
    <section data-testid="settings-printers">
      <h2>{t('settings.printersTitle')}</h2>
      {!desktop ? (
        <p className="msg" data-testid="printers-browser">
          {t('settings.printersBrowser')}
        </p>
      ) : printers.data?.length === 0 ? (
        <p className="msg">{t('settings.printersNone')}</p>
      ) : (
        <table className="cases printers" data-testid="printers-table">
          <thead>
            <tr>
              <th>{t('settings.printersForm')}</th>
              <th>{t('settings.printersChosen')}</th>
            </tr>
          </thead>
          <tbody>
            {FORMS.map((form) => (
              <tr key={form}>
                <td>{t(FORM_TEXT[form])}</td>
                <td>
                  <select
                    value={chosen[form] ?? ''}
                    onChange={(e) => void choose(form, e.target.value)}
                    aria-label={t(FORM_TEXT[form])}
                    data-testid={`printer-${form}`}
                  >
                    <option value="">{t('settings.printersAsk')}</option>
                    {printers.data?.map((p) => (
                      <option key={p.name} value={p.name}>
                        {p.displayName}
                        {p.isDefault ? ` (${t('settings.printersDefault')})` : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {message && (
        <div className={`banner ${'failed' in message ? 'error' : 'ok'}`} role="status" data-testid="printer-message">
          {'failed' in message
            ? t('settings.printersChooseFailed')
            : t('settings.printersRemembered', { form: t(FORM_TEXT[message.form]), printer: message.printer })}
        </div>
      )}
    </section>
  );
}
