// Sample inputs of the relay forms, for the tests and the forms bench.
import type { FormFonts } from './input';
import type { RelayLetterInput } from './relay-letter';
import type { RelayRegisterInput } from './relay-register';

const OFFICE = { name: { kk: 'Жаңақорған ауылдық округі әкімінің аппараты', ru: 'Аппарат акима Жанакорганского сельского округа' } };
const DISTRICT = {
  kk: 'Жаңақорған ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
  ru: 'Отдел занятости и социальных программ Жанакорганского района',
};
const BENEFIT = {
  kk: 'Аз қамтылған көп балалы отбасыларға тұрғын үй көмегін тағайындау',
  ru: 'Назначение жилищной помощи малообеспеченным многодетным семьям',
};
const FUEL = { kk: 'Отын сатып алуға әлеуметтік көмек көрсету', ru: 'Оказание социальной помощи на приобретение топлива' };

export function sampleRelayLetter(fonts: FormFonts): RelayLetterInput {
  return {
    fonts,
    office: OFFICE,
    addressee: DISTRICT,
    date: '2026-11-24',
    akim: { name: 'Сұлтанбеков Ерлан Маратұлы' },
    items: [
      { number: '0101-26-0007', applicant: { surname: 'Өтемісова', name: 'Гүлнәр', iin: '850314450000' }, service: BENEFIT, files: 4 },
      {
        number: '0101-26-0009',
        applicant: { surname: 'Құрманғалиев', name: 'Нұрлан', patronymic: 'Әбілұлы', iin: '790101300123' },
        service: FUEL,
        files: 2,
      },
      { number: '0101-26-0012', applicant: { surname: 'Ісмайылова', name: 'Әлия' }, service: BENEFIT, files: 0 },
    ],
  };
}

export function sampleRelayRegister(fonts: FormFonts, count = 3): RelayRegisterInput {
  const letter = sampleRelayLetter(fonts);
  return {
    fonts,
    office: OFFICE,
    from: '2026-11-01',
    to: '2026-11-30',
    rows: Array.from({ length: count }, (_, i) => {
      const item = letter.items[i % letter.items.length];
      const day = String(1 + ((count - i) % 28)).padStart(2, '0');
      return {
        number: `0101-26-${String(100 + i).padStart(4, '0')}`,
        applicant: item.applicant,
        service: item.service,
        relayedAt: `2026-11-${day}T1${i % 8}:30`,
        to: DISTRICT,
        files: item.files,
        signedBy: 'Сұлтанбеков Е.',
      };
    }),
  };
}
