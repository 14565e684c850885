// Realistic inputs for every form, shared by the tests and the bench: Kazakh
// names with every Kazakh letter, long office and service titles.
import type { ConsentInput } from './consent';
import type { IncomingRegisterInput, IncomingRegisterRow } from './incoming-register';
import type { FormFonts } from './input';
import type { RefusalReceiptInput } from './refusal-receipt';
import type { TalonInput } from './talon';
import type { NotificationInput } from './notification';
import type { RefusalInput } from './refusal';
import type { TsaCertificateInput } from './tsa-certificate';
import type { HandOverRegisterInput } from './hand-over-register';
import type { LetterInput } from './letter';

export const SAMPLE_OFFICE = {
  name: {
    kk: 'Алматы облысы Еңбекшіқазақ ауданы Бәйтерек ауылдық округі әкімінің аппараты',
    ru: 'Аппарат акима Байтерекского сельского округа Енбекшиказахского района Алматинской области',
  },
};

export const SAMPLE_SERVICE = {
  kk: '18 жасқа дейінгі балалы отбасыларға мемлекеттік жәрдемақылар тағайындау',
  ru: 'Назначение государственных пособий семьям, имеющим детей до 18 лет',
};

export const TSA_SERVICE = {
  kk: 'Өтініш берушінің (отбасының) атаулы әлеуметтік көмек алушыларға тиесілігін растайтын анықтама беру',
  ru: 'Выдача справки, подтверждающей принадлежность заявителя (семьи) к получателям адресной социальной помощи',
};

export const SAMPLE_CASE_ID = '0f8e4c2a-9b1d-4e3f-8a7c-5d6e7f8091a2';

export function sampleTalon(fonts: FormFonts): TalonInput {
  return {
    fonts,
    office: SAMPLE_OFFICE,
    number: '0512-26A-0042',
    service: SAMPLE_SERVICE,
    applicant: { surname: 'Өтемісова', name: 'Гүлнәр', patronymic: 'Қайратқызы', iin: '850314450123' },
    registeredAt: '2026-03-05T09:40',
    resultDate: '2026-03-17',
    acceptedBy: 'Жұмабаев Ғ. Ө.',
    caseId: SAMPLE_CASE_ID,
  };
}

export function sampleRefusalReceipt(fonts: FormFonts): RefusalReceiptInput {
  return {
    fonts,
    office: SAMPLE_OFFICE,
    number: '0512-26A-0043',
    service: TSA_SERVICE,
    applicant: { surname: 'Сәрсенбаев', name: 'Нұрлан', patronymic: 'Һашимұлы', address: 'Бәйтерек ауылы, Абай көшесі, 12-үй, 3-пәтер' },
    missingDocuments: [
      { kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность' },
      { kk: 'Отбасы құрамы туралы анықтама', ru: 'Справка о составе семьи' },
      { kk: 'Отбасы мүшелерінің табысы туралы мәліметтер', ru: 'Сведения о доходах членов семьи' },
    ],
    executor: { name: 'Ғаббасова Әйгерім Өмірзаққызы', phone: '8 (72775) 2-14-56' },
    issuedAt: '2026-03-05T10:15',
  };
}

export function sampleConsent(fonts: FormFonts): ConsentInput {
  return {
    fonts,
    office: SAMPLE_OFFICE,
    applicant: {
      surname: 'Өтемісова',
      name: 'Гүлнәр',
      patronymic: 'Қайратқызы',
      iin: '850314450123',
      idDocument: { number: '045812369', issuer: 'ҚР ІІМ', date: '2019-06-21' },
    },
    service: SAMPLE_SERVICE,
    date: '2026-03-05',
    number: '0512-26A-0042',
  };
}

const SURNAMES = [
  'Өтемісова',
  'Сәрсенбаев',
  'Құдайбергенов',
  'Жүсіпова',
  'Ғалымжанов',
  'Нұрғалиева',
  'Үмбетов',
  'Һашимова',
  'Ізбасаров',
  'Әбілқасымова',
];
const NAMES = ['Гүлнәр', 'Нұрлан', 'Ерұлан', 'Айгүл', 'Бағдат', 'Шұғыла', 'Өмірзақ', 'Әйгерім', 'Іңкәр', 'Дәурен'];
const STATUSES = ['registered', 'atCommission', 'relayed', 'atDistrict', 'resultReady', 'handedOver'] as const;

export function sampleRegisterRows(count: number): IncomingRegisterRow[] {
  return Array.from({ length: count }, (_, i) => {
    const day = 2 + (i % 20);
    const date = `2026-03-${String(day).padStart(2, '0')}`;
    return {
      number: `0512-26A-${String(i + 1).padStart(4, '0')}`,
      registeredAt: `${date}T${String(9 + (i % 8)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
      applicant: {
        surname: SURNAMES[i % 10],
        name: NAMES[(i * 3) % 10],
        patronymic: i % 3 ? 'Қайратқызы' : undefined,
        iin: String(850314450000 + i).padStart(12, '0'),
      },
      service: i % 2 ? SAMPLE_SERVICE : TSA_SERVICE,
      resultDate: `2026-04-${String(1 + (i % 28)).padStart(2, '0')}`,
      status: STATUSES[i % STATUSES.length],
      acceptedBy: 'Жұмабаев Ғ. Ө.',
    };
  });
}

export function sampleIncomingRegister(fonts: FormFonts, rowCount = 60): IncomingRegisterInput {
  return { fonts, office: SAMPLE_OFFICE, from: '2026-03-01', to: '2026-03-31', rows: sampleRegisterRows(rowCount) };
}

export const SAMPLE_DEPARTMENT = {
  kk: 'Еңбекшіқазақ ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
  ru: 'Отдел занятости и социальных программ Енбекшиказахского района',
};

function sampleLetter(fonts: FormFonts): LetterInput {
  return {
    fonts,
    provider: SAMPLE_DEPARTMENT,
    outgoingNumber: '04-12/318',
    date: '2026-03-13',
    applicant: { surname: 'Өтемісова', name: 'Гүлнәр', patronymic: 'Қайратқызы', address: 'Бәйтерек ауылы, Абай көшесі, 12-үй' },
    service: SAMPLE_SERVICE,
    head: { name: 'Құрманғалиев Е. Ж.' },
    executor: { name: 'Ғаббасова Ә. Ө.', phone: '8 (72775) 2-14-56' },
  };
}

export function sampleNotification(fonts: FormFonts): NotificationInput {
  return { ...sampleLetter(fonts), amount: 24750, periodFrom: '2026-03-01', periodTo: '2027-02-28' };
}

export function sampleRefusal(fonts: FormFonts): RefusalInput {
  return {
    ...sampleLetter(fonts),
    reasons: [
      {
        kk: 'Отбасының орташа жан басына шаққандағы табысы белгіленген шектен асады',
        ru: 'Среднедушевой доход семьи превышает установленный порог',
      },
      { kk: 'Ұсынылған мәліметтер анық емес', ru: 'Представленные сведения недостоверны' },
    ],
  };
}

export function sampleTsaCertificate(fonts: FormFonts): TsaCertificateInput {
  return {
    fonts,
    office: SAMPLE_OFFICE,
    number: '0512-26A-0051',
    date: '2026-03-05',
    applicant: { surname: 'Сәрсенбаев', name: 'Нұрлан', patronymic: 'Һашимұлы', iin: '800101300123' },
    receives: true,
    year: 2026,
    quarter: 1,
    family: [
      { fullName: 'Сәрсенбаева Әйгерім Өмірзаққызы', relation: 'жұбайы / супруга', iin: '820512400456' },
      { fullName: 'Сәрсенбаев Ерұлан Нұрланұлы', relation: 'ұлы / сын', iin: '150903500789' },
      { fullName: 'Сәрсенбаева Іңкәр Нұрланқызы', relation: 'қызы / дочь' },
    ],
    signer: { name: 'Үмбетов Қ. Ғ.' },
  };
}

export function sampleHandOverRegister(fonts: FormFonts, rowCount = 40): HandOverRegisterInput {
  const results = ['notification', 'refusal', 'certificate'] as const;
  return {
    fonts,
    office: SAMPLE_OFFICE,
    from: '2026-04-01',
    to: '2026-04-30',
    rows: sampleRegisterRows(rowCount).map((row, i) => ({
      number: row.number,
      applicant: row.applicant,
      service: row.service,
      result: results[i % 3],
      handedOverAt: `${row.resultDate}T${row.registeredAt.slice(11)}`,
      receivedBy: fullNameOf(row.applicant),
    })),
  };
}

function fullNameOf(p: { surname: string; name: string; patronymic?: string }): string {
  return [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');
}
