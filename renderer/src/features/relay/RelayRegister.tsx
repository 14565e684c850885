// The relay register (журнал) for the register screen's period: the cases the
// akim sent to the district, printable.
import { useSession } from '@renderer/app/session';
import { useDirectory } from '@renderer/features/district/queries';
import { useLanguage } from '@renderer/i18n/language';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { ExportButtons } from '@renderer/export/ExportButtons';
import { relayColumns } from './export-columns';
import { printRelayRegister } from './print';
import { useRelaysBetween } from './queries';

export function RelayRegister({ from, to, valid }: { from: string; to: string; valid: boolean }) {
  const { t, lang } = useLanguage();
  const { settings } = useSession();
  const akimat = settings.kind !== 'district';
  const relays = useRelaysBetween(from, to, valid && akimat).data;
  const directory = useDirectory();
  if (!akimat || !valid || !relays) return null;
  return (
    <section className="no-print" data-testid="relay-register">
      <h2>{t('relayBulk.register')}</h2>
      <p data-testid="relay-register-count">{t('relayBulk.registerCount', { count: relays.length })}</p>
      <PrintButtons
        form="relayRegister"
        title={`${t('relayBulk.register')} ${from} — ${to}`}
        fileName={`relay-register-${from}-${to}.pdf`}
        build={() => printRelayRegister(relays, settings, directory.data?.districts ?? {}, from, to)}
        testId="print-relay-register"
      />
      {relays.length > 0 && (
        <ExportButtons
          columns={relayColumns(lang, (code) => directory.data?.districts[code]?.[lang] ?? code)}
          rows={relays}
          name={`${t('relayBulk.register')} ${from} — ${to}`}
          testId="relay-register-export"
        />
      )}
    </section>
  );
}
