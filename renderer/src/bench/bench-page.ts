// The benchmark's page (built only with AKIMAT_BENCH=1): seeds the real database
// in bulk and times the app's own queries and writes. Driven by scripts/bench-intake.mjs.
import { foldCase, type CaseEvent } from '@shared/case';
import { computeDeadlines, DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import { findEntry } from '@shared/catalog';
import { makeIin } from '@shared/iin/iin';
import { AkimatDb, type CaseSummary } from '@renderer/db/schema';
import { summarise } from '@renderer/db/projection';
import { searchCases } from '@renderer/features/search/search-queries';
import { todayLists } from '@renderer/features/today/today-queries';
import { localMoment } from '@renderer/db/clock';
import { setUpOffice } from '@renderer/features/setup/office-settings';
import { registerApplication } from '@renderer/features/intake/submit';
import { checklistFor } from '@renderer/features/intake/checklist';
import { emptyForm } from '@renderer/features/intake/form';
import { buildCaseForm } from '@renderer/print/forms';
import { formFonts } from '@renderer/print/fonts';
import { SESSION_KEY } from '@renderer/app/session';

const ENTRY_ID = 'kzo-590-2014/child-benefit-under-18';
const SURNAMES = [
  'Өтемісова',
  'Әбілқасымов',
  'Ісмайылова',
  'Үсенов',
  'Ұлықбеков',
  'Қасымова',
  'Ғалымжанов',
  'Иванова',
  'Сейткали',
  'Нұрғалиев',
  'Жақыпова',
  'Байжанов',
  'Төлеуова',
  'Серікбаев',
  'Һәкімова',
  'Мұратов',
];
const NAMES = ['Гүлнәр', 'Нұрлан', 'Айгүл', 'Ержан', 'Әлия', 'Данияр'];
const LATER: Array<CaseEvent['type']> = [
  'executorAssigned',
  'sentToCommission',
  'inspectionRecorded',
  'conclusionAdopted',
  'packageRelayed',
  'receivedByDistrict',
  'decided',
  'resultReceived',
  'handedOver',
];

const db = new AkimatDb();
const entry = findEntry(ENTRY_ID)!;

function rnd(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function payloadFor(type: CaseEvent['type'], i: number): Record<string, unknown> {
  switch (type) {
    case 'executorAssigned':
      return { executorId: 'u-2', executorName: 'Әбілов Қ.' };
    case 'sentToCommission':
      return {};
    case 'inspectionRecorded':
      return { actId: `act-${i}` };
    case 'conclusionAdopted':
      return { conclusion: 'needs', reasons: 'табысы төмен' };
    case 'packageRelayed':
      return { districtCode: 'D01', attachments: [] };
    case 'receivedByDistrict':
      return { incomingNumber: `IN-${i}`, incomingDate: '2026-01-01' };
    case 'decided':
      return { outcome: 'notification', outgoingNumber: `OUT-${i}`, signedBy: 'Бөлім басшысы' };
    case 'resultReceived':
      return { outcome: 'notification' };
    case 'handedOver':
      return { receivedBy: 'өтініш беруші', result: 'notification' };
    default:
      return { form: 'talon' };
  }
}

/** Seeds `cases` cases with `eventsPerCase` events each, in bulk transactions. */
async function seed(cases: number, eventsPerCase: number, today: string): Promise<{ ms: number; events: number }> {
  const started = performance.now();
  const random = rnd(42);
  const deviceId = 'bench-device';
  let seq = 0;
  let total = 0;
  const CHUNK = 2000;
  for (let start = 0; start < cases; start += CHUNK) {
    const events: CaseEvent[] = [];
    const summaries: CaseSummary[] = [];
    for (let c = start; c < Math.min(cases, start + CHUNK); c++) {
      const caseId = crypto.randomUUID();
      const day = addDays(today, -Math.floor(random() * 365));
      const at = `${day}T${String(9 + Math.floor(random() * 8)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`;
      const birth = `${1950 + Math.floor(random() * 55)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      const sex = random() < 0.5 ? 'female' : 'male';
      const iin = makeIin(birth, sex, Math.floor(random() * 9999)) ?? makeIin(birth, sex, 1)!;
      const d = computeDeadlines(entry, { channel: 'akim', registeredAt: at, officeHours: DEFAULT_OFFICE_HOURS });
      const base = {
        caseId,
        actor: { id: 'u-1', name: 'Сәрсенова Әлия', role: 'clerk' as const },
        office: '0512',
        device: deviceId,
        deviceTime: `${at}:00+05:00`,
        at,
      };
      const list: CaseEvent[] = [];
      const push = (type: CaseEvent['type'], payload: Record<string, unknown>) =>
        list.push({ ...base, id: crypto.randomUUID(), seq: ++seq, type, payload } as CaseEvent);
      push('registered', {
        number: `0512-${day.slice(2, 4)}B-${String(c + 1).padStart(6, '0')}`,
        entryId: entry.id,
        channel: 'akim',
        applicant: {
          iin,
          surname: SURNAMES[c % SURNAMES.length],
          name: NAMES[c % NAMES.length],
          birthDate: birth,
          sex,
          idDocument: { number: String(c), issuer: 'ІІМ', date: '2020-01-01' },
          address: 'Ақсу',
          phone: '7010000000',
        },
        family: [],
        documents: [{ id: 'application', original: true, copy: true }],
        schedule: d.steps,
        resultDueAt: d.resultDueAt,
        resultDate: d.resultDate,
        calendarVersion: '2026.1',
      });
      push('consentRecorded', { signedBy: SURNAMES[c % SURNAMES.length] });
      push('talonIssued', { resultDate: d.resultDate, duplicate: false });
      // Older cases went further along the procedure (a month-old case is handed over);
      // young ones are topped up with reprints to at least `eventsPerCase` events.
      const age = (Date.parse(today) - Date.parse(day)) / 86_400_000;
      const stage = Math.min(LATER.length, Math.floor(age / 4 + random() * 2));
      for (let s = 0; s < stage; s++) push(LATER[s], payloadFor(LATER[s], c));
      while (list.length < eventsPerCase) push('formReprinted', { form: 'talon' });
      events.push(...list);
      summaries.push(summarise(foldCase(list)!));
    }
    await db.transaction('rw', db.events, db.cases, db.meta, async () => {
      await db.events.bulkAdd(events);
      await db.cases.bulkPut(summaries);
      await db.meta.put({ key: `deviceSeq:${deviceId}`, value: seq });
    });
    total += events.length;
    (document.getElementById('status') as HTMLElement).textContent = `seeded ${Math.min(cases, start + CHUNK)} cases`;
  }
  return { ms: performance.now() - started, events: total };
}

async function timeIt(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return times;
}

async function setUp(): Promise<void> {
  if (!(await db.settings.get('office'))) {
    await setUpOffice(
      db,
      {
        nameKk: 'Ақсу ауылдық округі әкімінің аппараты',
        nameRu: 'Аппарат акима Аксуского сельского округа',
        okrug: 'Ақсу',
        district: 'Сырдария',
        officeCode: '0512',
        deviceLetter: 'A',
        hours: DEFAULT_OFFICE_HOURS,
        actIds: ['kzo-590-2014'],
      },
      { name: 'Сәрсенова Әлия', role: 'clerk', password: 'bench-password' },
    );
  }
  const user = (await db.users.toArray())[0];
  sessionStorage.setItem(SESSION_KEY, user.id);
}

async function measure(runs: number): Promise<Record<string, number[]>> {
  const random = rnd(7);
  const sample = await db.cases.limit(5000).toArray();
  const now = localMoment();
  const iin = await timeIt(runs, async () => {
    const c = sample[Math.floor(random() * sample.length)];
    return searchCases(db, c.iin.slice(0, 6));
  });
  const surname = await timeIt(runs, async (i) => searchCases(db, SURNAMES[i % SURNAMES.length].slice(0, 4).toLocaleLowerCase('kk')));
  // Search as staff type it (issue 14): surname and first name, a first name alone, a service word,
  // the beginning of a short code, a talon's QR typed by a scanner, and two words no case has together.
  const fullName = await timeIt(runs, async (i) =>
    searchCases(db, `${SURNAMES[(i * 2) % 16].slice(0, 5)} ${NAMES[(i * 2) % 6].slice(0, 3)}`),
  );
  const firstName = await timeIt(runs, async (i) => searchCases(db, NAMES[i % NAMES.length].toLocaleLowerCase('ru')));
  const serviceWord = await timeIt(runs, async () => searchCases(db, 'пособие'));
  const codePrefix = await timeIt(runs, async () => searchCases(db, sample[Math.floor(random() * sample.length)].shortCode.slice(0, 4)));
  const qr = await timeIt(runs, async () =>
    searchCases(db, `https://sync.example.kz/s/${sample[Math.floor(random() * sample.length)].shortCode}`),
  );
  const noMatch = await timeIt(runs, async (i) => searchCases(db, `${SURNAMES[(i * 2) % 16]} ${NAMES[((i * 2) % 6) + 1]}`));
  const today = await timeIt(runs, async () => todayLists(db, now));
  const settings = (await db.settings.get('office'))!;
  const user = (await db.users.toArray())[0];
  await formFonts();
  const checklist = checklistFor(entry, false);
  const form = {
    ...emptyForm(),
    entryId: entry.id,
    iin: makeIin('1990-04-12', 'female', 315)!,
    surname: 'Өтемісова',
    name: 'Гүлнәр',
    idNumber: '045678912',
    idIssuer: 'ҚР ІІМ',
    idDate: '2019-06-01',
    address: 'Ақсу ауылы',
    phone: '87011234567',
    documents: { application: { original: true, copy: true } },
    consentSigned: true,
  };
  const register: number[] = [];
  const talon: number[] = [];
  const registerAndTalon = await timeIt(Math.min(runs, 30), async () => {
    const ctx = { db, office: settings, actor: { id: user.id, name: user.name, role: user.role }, at: localMoment() };
    const t0 = performance.now();
    const state = await registerApplication(ctx, form, entry, checklist, settings.hours);
    const t1 = performance.now();
    await buildCaseForm('talon', state, settings);
    register.push(t1 - t0);
    talon.push(performance.now() - t1);
  });
  // Where the Today time goes: each of its index reads alone.
  const overdueCount = await timeIt(10, () => db.cases.where('openDue').below(now).limit(1000).primaryKeys());
  const overdueList = await timeIt(10, () => db.cases.where('openDue').below(now).limit(30).toArray());
  const statusCount = await timeIt(10, () => db.cases.where('status').equals('atCommission').count());
  return {
    iin,
    surname,
    fullName,
    firstName,
    serviceWord,
    codePrefix,
    qr,
    noMatch,
    today,
    registerAndTalon,
    register,
    talon,
    overdueCount,
    overdueList,
    statusCount,
  };
}

async function counts(): Promise<{ cases: number; events: number }> {
  return { cases: await db.cases.count(), events: await db.events.count() };
}

/** How the seeded office looks: open cases and overdue ones now (exact counts, not timed). */
async function openCases(): Promise<{ open: number; overdue: number }> {
  return { open: await db.cases.where('openDue').above('').count(), overdue: await db.cases.where('openDue').below(localMoment()).count() };
}

Object.assign(window, { akimatBench: { seed, setUp, measure, counts, openCases } });
(document.getElementById('status') as HTMLElement).textContent = 'ready';
