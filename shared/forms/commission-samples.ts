// Sample inputs of the commission's forms, for tests and for looking at them.
import type { InspectionAct } from '../commission/act';
import { makeIin } from '../iin/iin';
import type { FormFonts } from './input';
import type { InspectionActPdfInput } from './commission-act';
import type { ConclusionPdfInput } from './commission-conclusion';
import type { AgendaPdfInput, SessionProtocolPdfInput } from './commission-session';
import { SAMPLE_OFFICE, SAMPLE_SERVICE, TSA_SERVICE } from './samples';

export const MOTHER = makeIin('1990-04-12', 'female', 315)!;
export const SON = makeIin('2015-03-01', 'male', 12)!;
export const DAUGHTER = makeIin('2019-08-20', 'female', 44)!;

export const SAMPLE_HEADING = { office: SAMPLE_OFFICE, decision: { number: '17', date: '2026-01-15' } };

export function sampleAct(overrides: Partial<InspectionAct> = {}): InspectionAct {
  return {
    actId: 'A-0512-0001',
    commissionId: 'c-1',
    date: '2026-11-25',
    visitedBy: [
      { id: 'm-1', fullName: 'Жұмабеков Серік Әлібекұлы' },
      { id: 'm-3', fullName: 'Ғалымжанова Әсел Нұрланқызы' },
    ],
    address: 'Ақсу ауылы, Абай көшесі, 12',
    family: [
      { iin: MOTHER, fullName: 'Өтемісова Гүлнәр Қайратқызы', relation: 'өтініш беруші' },
      { iin: SON, fullName: 'Өтемісов Әли Серікұлы', relation: 'ұлы' },
      { iin: DAUGHTER, fullName: 'Өтемісова Іңкәр Серікқызы', relation: 'қызы' },
    ],
    familyChangeReason: 'Қызы Іңкәр өтініште көрсетілмеген, туу туралы куәлігі көрсетілді',
    housing: {
      type: 'house',
      ownership: 'own',
      rooms: 3,
      area: 64.5,
      condition: 'satisfactory',
      utilities: ['electricity', 'gas', 'water'],
    },
    landPlot: '0,12 га',
    livestock: 'Сиыр — 1, қой — 4',
    vehicles: '',
    otherProperty: '',
    months: ['2026-07', '2026-08', '2026-09'],
    incomes: [
      // wages in two months, nothing in August: a month with zero
      { memberIin: MOTHER, category: 'wages', month: '2026-07', amount: 85000 },
      { memberIin: MOTHER, category: 'wages', month: '2026-09', amount: 85000 },
      { memberIin: MOTHER, category: 'benefits', month: '2026-07', amount: 21500.5 },
      { memberIin: MOTHER, category: 'benefits', month: '2026-08', amount: 21500.5 },
      { memberIin: MOTHER, category: 'benefits', month: '2026-09', amount: 21500.5 },
    ],
    notes: 'Үй жылы, таза. Балалардың оқу құралдары бар.',
    photos: [{ sha256: 'a'.repeat(64), name: 'house.jpg', mime: 'image/jpeg' }],
    ...overrides,
  };
}

export function sampleActPdf(fonts: FormFonts, overrides: Partial<InspectionActPdfInput> = {}): InspectionActPdfInput {
  return {
    fonts,
    ...SAMPLE_HEADING,
    caseNumber: '0512-26A-0007',
    service: SAMPLE_SERVICE,
    serviceSlug: 'child-benefit-under-18',
    applicationDate: '2026-11-23',
    applicant: { fullName: 'Өтемісова Гүлнәр Қайратқызы', iin: MOTHER },
    act: sampleAct(),
    ...overrides,
  };
}

export function sampleTsaActPdf(fonts: FormFonts): InspectionActPdfInput {
  return sampleActPdf(fonts, {
    service: TSA_SERVICE,
    serviceSlug: 'targeted-social-assistance',
    applicationDate: '2025-11-20',
    act: sampleAct({
      months: ['2025-07', '2025-08', '2025-09'],
      incomes: [
        { memberIin: MOTHER, category: 'wages', month: '2025-07', amount: 40000 },
        { memberIin: MOTHER, category: 'wages', month: '2025-08', amount: 40000 },
        { memberIin: MOTHER, category: 'wages', month: '2025-09', amount: 40000 },
      ],
    }),
  });
}

export const SAMPLE_MEMBERS = [
  { fullName: 'Жұмабеков Серік Әлібекұлы', position: 'Әкім орынбасары', role: 'chair' as const },
  { fullName: 'Ғалымжанова Әсел Нұрланқызы', position: 'Бас маман', role: 'secretary' as const },
  { fullName: 'Құрманов Бақыт Өмірұлы', position: 'Учаскелік инспектор', role: 'member' as const },
];

export function sampleConclusion(fonts: FormFonts): ConclusionPdfInput {
  return {
    fonts,
    ...SAMPLE_HEADING,
    caseNumber: '0512-26A-0007',
    service: SAMPLE_SERVICE,
    applicant: { fullName: 'Өтемісова Гүлнәр Қайратқызы', iin: MOTHER, address: 'Ақсу ауылы, Абай көшесі, 12' },
    session: { date: '2026-11-27', place: 'Ақсу ауылдық округі әкімдігі, мәжіліс залы' },
    act: { actId: 'A-0512-0001', date: '2026-11-25' },
    conclusion: 'needs',
    reasons: 'Отбасының жан басына шаққандағы табысы төмен, үш баланы жалғыз анасы асырайды.',
    perCapita: 33555.61,
    members: [
      { ...SAMPLE_MEMBERS[0], vote: 'agree' },
      { ...SAMPLE_MEMBERS[1], vote: 'agree' },
      { ...SAMPLE_MEMBERS[2], vote: 'dissent', opinion: 'Қосалқы шаруашылықтан түсетін табыс есепке алынбаған.' },
    ],
  };
}

export function sampleAgenda(fonts: FormFonts): AgendaPdfInput {
  return {
    fonts,
    ...SAMPLE_HEADING,
    session: { date: '2026-11-27', place: 'Ақсу ауылдық округі әкімдігі, мәжіліс залы' },
    items: [
      {
        caseNumber: '0512-26A-0007',
        applicant: 'Өтемісова Гүлнәр Қайратқызы',
        service: SAMPLE_SERVICE,
        address: 'Ақсу ауылы, Абай көшесі, 12',
        due: '2026-11-30T18:00',
      },
      {
        caseNumber: '0512-26A-0008',
        applicant: 'Әбілқасымов Нұрлан Үсенұлы',
        service: TSA_SERVICE,
        address: 'Ақсу ауылы, Төле би көшесі, 3',
        due: '2026-12-01T18:00',
      },
    ],
  };
}

export function sampleProtocol(fonts: FormFonts): SessionProtocolPdfInput {
  const agenda = sampleAgenda(fonts);
  return {
    ...agenda,
    present: SAMPLE_MEMBERS,
    absent: [{ fullName: 'Сейітов Мұрат Ерланұлы', position: 'Мұғалім', role: 'member' }],
    quorum: { ok: true, present: 3, serving: 4 },
    items: [
      {
        ...agenda.items[0],
        conclusion: {
          kind: 'needs',
          reasons: 'Табысы шекті мөлшерден төмен.',
          agree: 2,
          dissents: [{ fullName: 'Құрманов Бақыт Өмірұлы', opinion: 'Қосалқы шаруашылық есепке алынбаған.' }],
        },
      },
      agenda.items[1],
    ],
  };
}
