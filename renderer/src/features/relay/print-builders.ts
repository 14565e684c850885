// The relay forms from the stored cases (loaded on first print with pdf-lib and the fonts).
import type { CaseState } from '@shared/case';
import type { Bilingual } from '@shared/forms/input';
import { buildRelayLetterPdf, type RelayItem } from '@shared/forms/relay-letter';
import { buildRelayRegisterPdf } from '@shared/forms/relay-register';
import { RELAY_FORM_TEXTS } from '@shared/forms/relay-texts';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import type { OfficeSettings } from '@renderer/db/schema';
import { formFonts } from '@renderer/print/fonts';
import { surnameAndInitials } from '@renderer/print/forms';
import { lastRelay, type RelayedEvent } from './bulk';

const officeOf = (settings: OfficeSettings) => ({ name: { kk: settings.nameKk, ru: settings.nameRu } });

function itemOf(state: CaseState): RelayItem {
  const a = state.registered!.applicant;
  return {
    number: state.number,
    applicant: { surname: a.surname, name: a.name, patronymic: a.patronymic, iin: a.iin || undefined },
    service: findCatalogEntry(state.entryId)?.title ?? { kk: state.entryId, ru: state.entryId },
    files: lastRelay(state)?.payload.attachments.length ?? 0,
  };
}

/** Where a relay went: the Centre, or the district by its name (its code when the names were never fetched). */
function destination(event: RelayedEvent | undefined, districts: Record<string, Bilingual>): Bilingual {
  if (event?.payload.to === 'centre') return { kk: RELAY_FORM_TEXTS.kk.toCentre, ru: RELAY_FORM_TEXTS.ru.toCentre };
  const code = event?.payload.districtCode ?? '';
  return districts[code] ?? { kk: code, ru: code };
}

export async function relayLetterPdf(
  states: CaseState[],
  settings: OfficeSettings,
  districts: Record<string, Bilingual>,
  date: string,
): Promise<Uint8Array> {
  const first = lastRelay(states[0]);
  return buildRelayLetterPdf({
    fonts: await formFonts(),
    office: officeOf(settings),
    addressee: destination(first, districts),
    date,
    akim: { name: first?.actor.name ?? '' },
    items: states.map(itemOf),
  });
}

export async function relayRegisterPdf(
  relays: Array<{ event: RelayedEvent; state: CaseState }>,
  settings: OfficeSettings,
  districts: Record<string, Bilingual>,
  from: string,
  to: string,
): Promise<Uint8Array> {
  return buildRelayRegisterPdf({
    fonts: await formFonts(),
    office: officeOf(settings),
    from,
    to,
    rows: relays.map(({ event, state }) => ({
      ...itemOf(state),
      files: event.payload.attachments.length,
      relayedAt: event.at,
      to: destination(event, districts),
      signedBy: surnameAndInitials(event.actor.name),
    })),
  });
}
