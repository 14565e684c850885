// The relay register (журнал) for the register screen's period: the cases the
// akim sent to the district, printable.
import { useSession } from '@renderer/app/session';
import { useDirectory } from '@renderer/features/district/queries';
import { useLanguage } from '@renderer/i18n/language';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { printRelayRegister } from './print';
import { useRelaysBetween } from './queries';

export function RelayRegister({ from, to, valid }: { from: string; to: string; valid: boolean }) {
  const { t } = useLanguage();
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
    </section>
  );
}
