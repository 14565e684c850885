// A print job through the host, and what a failure means in the clerk's words.
// The host keeps the printer chosen for each form, but the bridge has no way to
// read it back, so this PC also remembers the choice here (localStorage) to show
// it and to print silently to it.
import type { FormKind, HostBridge, PrintOutcome } from '@shared/host/bridge';
import type { Language } from '@shared/i18n/translate';
import { translate } from '@renderer/texts';

const STORAGE_KEY = 'akimat.printers';

export function rememberedPrinters(): Partial<Record<FormKind, string>> {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Record<FormKind, string>>;
  } catch {
    return {};
  }
}

function remember(form: FormKind, printer: string | null): void {
  const next = rememberedPrinters();
  if (printer) next[form] = printer;
  else delete next[form];
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Private mode: the host still remembers it.
  }
}

/** Tells the host which printer a form goes to; `null` forgets the choice here (the system dialog asks). */
export async function choosePrinterFor(host: HostBridge, form: FormKind, printer: string | null): Promise<boolean> {
  if (printer && host.choosePrinter) {
    const answer = await host.choosePrinter({ form, printer });
    if (!answer.ok) return false;
  }
  remember(form, printer);
  return true;
}

/** Prints silently to the remembered printer when there is one, otherwise through the system dialog. */
export function printJob(host: HostBridge, request: { form: FormKind; title: string; pdf: Uint8Array }): Promise<PrintOutcome> {
  const silent = host.choosePrinter !== undefined && rememberedPrinters()[request.form] !== undefined;
  return host.printPdf({ ...request, silent });
}

type Failure = Extract<PrintOutcome, { ok: false }>;

/** Why a print failed, in the current language: the host's own words where it gave them in both languages. */
export function printFailureText(outcome: Failure, lang: Language): string {
  const halves = outcome.detail?.split(' / ');
  if ((outcome.reason === 'noPrinter' || outcome.reason === 'printerOffline') && halves?.length === 2) return halves[lang === 'kk' ? 0 : 1];
  if (outcome.reason === 'noPrinter') return translate(lang, 'settings.printNoPrinter');
  if (outcome.reason === 'printerOffline') return translate(lang, 'settings.printOffline');
  if (outcome.reason === 'cancelled') return translate(lang, 'settings.printCancelled');
  const reason = translate(lang, 'common.printFailedOther');
  return outcome.detail ? `${reason} (${outcome.detail})` : reason;
}
