// The precinct commission in Debian Chromium against the built renderer, with
// the network cut: a commission is formed, two child-benefit cases are sent to
// it, a session with a quorum considers them, acts with a photo and incomes are
// recorded, conclusions are adopted (one needs, one does not) and printed, and
// everything is still there after the browser restarts.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { makeIin } from '../shared/iin/iin';
import { previousQuarter } from '../shared/commission/income';
import { APPLICANT, USER_DATA, fillApplication, kazakhOnlyText, pdfText, setLanguage, setUpOffice, signIn } from './fixtures/intake';
import { closeProfile, launchProfile } from './fixtures/browser';

const SCREENS = '/tmp/screens-commission';
mkdirSync(SCREENS, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'akimat-e2e-commission-'));
const downloads = mkdtempSync(join(tmpdir(), 'akimat-pdf-commission-'));

const SECOND = {
  ...APPLICANT,
  iin: makeIin('1988-09-05', 'female', 222)!,
  surname: 'Қасымова',
  name: 'Әйгерім',
  patronymic: 'Бөкейқызы',
  address: 'Ақсу ауылы, Төле би көшесі, 3',
};
const CHILD = { iin: makeIin('2015-03-01', 'male', 12)!, name: 'Өтемісов Әли Серікұлы', relation: 'ұлы' };
const CHAIR = 'Жұмабеков Серік Әлібекұлы';
const SECRETARY = 'Ғалымжанова Әсел Нұрланқызы';
const MEMBER = 'Құрманов Бақыт Өмірұлы';
const PLACE = 'Ақсу ауылдық округі әкімдігі, мәжіліс залы';
const DISSENT = 'Қосалқы шаруашылықтан түсетін табыс есепке алынбаған';
const MY_DATA = [
  CHAIR,
  SECRETARY,
  MEMBER,
  PLACE,
  DISSENT,
  CHILD.name,
  SECOND.surname,
  SECOND.name,
  SECOND.patronymic,
  SECOND.address,
  'Әкім орынбасары',
  'Бас маман',
  'Учаскелік инспектор',
  'өтініш беруші',
  'ұлы',
  'Ұлы өтініште көрсетілмеген',
  'Табысы шекті деңгейден төмен, екі адамға бір жалақы',
  'Отбасында тұрақты жалақы бар',
  'Жалақы туралы жаңа анықтама',
  'Сиыр — 1, қой — 4',
  'Үй жылы, таза',
  'үй.png',
  'Өтемісова Гүлнәр Қайратқызы',
  'Қасымова Әйгерім Бөкейқызы',
];

let context: BrowserContext;
let page: Page;
const numbers: string[] = [];
const months = previousQuarter(new Date().toISOString().slice(0, 10));

async function launch(): Promise<void> {
  ({ context, page } = await launchProfile(profile, { acceptDownloads: true }));
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

/** Screenshots in Kazakh and Russian, and no Kazakh-only letters left in the Russian interface outside typed data. */
async function bothLanguages(name: string): Promise<void> {
  await shot(`${name}-kk`);
  await setLanguage(page, 'ru');
  await shot(`${name}-ru`);
  // Lines the intake's check still finds hold typed data (names, places): only words that are not part of typed data are leaks.
  const typed = [...MY_DATA, ...USER_DATA].join(' ');
  const leaks = (await kazakhOnlyText(page))
    .flatMap((line) => line.split(/[\s,.;:()«»—–-]+/))
    .filter((word) => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(word) && !typed.includes(word));
  expect(leaks).toEqual([]);
  await setLanguage(page, 'kk');
}

async function savePdf(testId: string, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByTestId(`${testId}-save`).click();
  const file = join(downloads, name);
  await (await download).saveAs(file);
  return file;
}

/** pdftotext with line breaks and no-break spaces read as plain spaces, so wrapped text matches. */
const flatPdf = (file: string) => pdfText(file).replace(/\s+/g, ' ');

function pdfPngTo(file: string, name: string): void {
  // Every page, for a person to look at.
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(SCREENS, name)]);
}

function photo(): Buffer {
  const png = new PNG({ width: 60, height: 40 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([40 + (i % 200), 120, 200, 255], i);
  return PNG.sync.write(png);
}

async function register(person: typeof APPLICANT): Promise<string> {
  await fillApplication(page, person);
  await page.getByTestId('doc-application-original').check();
  await page.getByTestId('consent-signed').check();
  await page.getByTestId('register').click();
  const result = page.getByTestId('intake-result');
  await expect(result).toContainText('Өтініш тіркелді: № 0512-');
  return ((await result.textContent()) ?? '').match(/№ (\S+)\./)![1];
}

test.describe
  .serial('the precinct commission, offline', () => {
    test.beforeAll(launch);
    test.afterAll(() => closeProfile(context, profile));

    test('the office is set up, then the network is cut and two child-benefit cases are registered', async () => {
      await page.goto('./');
      await setUpOffice(page);
      await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
      // Printing is warmed up after sign-in, so forms print with the network gone.
      const warmed = Promise.all([
        page.waitForResponse((r) => r.url().includes('print-builders')),
        page.waitForResponse((r) => r.url().includes('DejaVuSans-Bold')),
      ]);
      await signIn(page);
      await warmed;
      await context.setOffline(true);
      numbers.push(await register(APPLICANT));
      await page.getByRole('button', { name: 'Келесі өтініш' }).click();
      numbers.push(await register(SECOND));
      expect(numbers).toHaveLength(2);
    });

    test('the commission is formed by the akim’s decision; empty fields are named inline', async () => {
      await page.getByTestId('nav-commission').click();
      await expect(page.getByTestId('commission-create')).toBeVisible();
      await page.getByTestId('commission-create-submit').click();
      await expect(page.getByText('Толтыру міндетті').first()).toBeVisible();
      await bothLanguages('commission-create');
      await page.getByTestId('decision-number').fill('17');
      await page.getByTestId('decision-date').fill('2026-01-15');
      const members = [
        [CHAIR, 'Әкім орынбасары'],
        [SECRETARY, 'Бас маман'],
        [MEMBER, 'Учаскелік инспектор'],
      ];
      for (const [i, [name, position]] of members.entries()) {
        await page.getByTestId(`member-${i}-name`).fill(name);
        await page.getByTestId(`member-${i}-position`).fill(position);
      }
      await page.getByTestId('commission-create-submit').click();
      await expect(page.getByTestId('commission-screen')).toContainText('Әкімнің 15.01.2026 жылғы № 17 шешімі');
      await expect(page.getByTestId('members')).toContainText(SECRETARY);
    });

    test('one case is sent from its page, the other in bulk from Today', async () => {
      await page.getByTestId('nav-today').click();
      const waiting = page.getByTestId('today-commission-waiting');
      await expect(waiting).toContainText(numbers[0]);
      await expect(waiting).toContainText(numbers[1]);
      await bothLanguages('today-commission');
      await waiting.getByRole('link', { name: numbers[0] }).click();
      await page.getByTestId('send-to-commission').click();
      await expect(page.getByTestId('send-message')).toHaveText('Іс комиссияға жіберілді');
      await expect(page.getByTestId('case-status')).toHaveText(/комиссия/i);
      await bothLanguages('case-sent');
      await page.getByTestId('nav-today').click();
      await page.getByTestId(`bulk-${numbers[1]}`).check();
      await page.getByTestId('bulk-send').click();
      await expect(page.getByTestId('bulk-result')).toHaveText('Жіберілді: 1. Жіберілмеді: 0.');
      await page.getByTestId('nav-commission').click();
      for (const n of numbers) await expect(page.getByTestId('commission-cases')).toContainText(n);
      await bothLanguages('commission');
    });

    test('a session checks its quorum with the reason, takes both cases on its agenda and prints the agenda', async () => {
      await page.getByTestId('session-place').fill(PLACE);
      await page.getByTestId('session-create').click();
      await expect(page.getByTestId('session-screen')).toBeVisible();
      await page.getByTestId(`present-${SECRETARY}`).check();
      await page.getByTestId(`present-${MEMBER}`).check();
      await expect(page.getByTestId('quorum')).toContainText('Кворум жоқ: Төраға немесе оның орынбасары қатысуы керек');
      await page.getByTestId(`present-${CHAIR}`).check();
      await expect(page.getByTestId('quorum')).toHaveText('Кворум бар: қатысып отыр 3, комиссия мүшелері 3');
      for (const n of numbers) await page.getByTestId(`agenda-${n}`).check();
      await page.getByTestId('session-save').click();
      await expect(page.getByTestId('session-message')).toHaveText('Отырыс сақталды');
      await bothLanguages('session');
      const agenda = flatPdf(await savePdf('print-agenda', 'agenda.pdf'));
      expect(agenda).toContain('Учаскелік комиссия отырысының күн тәртібі');
      for (const n of numbers) expect(agenda).toContain(n);
      pdfPngTo(join(downloads, 'agenda.pdf'), 'pdf-agenda');
    });

    test('the act of the first household: bad input is named inline and kept, the income is computed, a photo is attached, and it prints', async () => {
      await page.getByTestId(`session-case-${numbers[0]}`).click();
      await expect(page.getByTestId('act-form')).toBeVisible();
      await page.getByTestId(`visited-${CHAIR}`).check();
      await page.getByTestId(`visited-${MEMBER}`).check();
      await page.getByTestId('family-add').click();
      await page.getByTestId('family-1-iin').fill(CHILD.iin.slice(0, 11) + String((Number(CHILD.iin[11]) + 1) % 10));
      await page.getByTestId('family-1-name').fill(CHILD.name);
      await page.getByTestId('family-1-relation').fill(CHILD.relation);
      await page.getByTestId('rooms').fill('3');
      await page.getByTestId('area').fill('64,5');
      await page.getByTestId('utility-electricity').check();
      await page.getByTestId('utility-gas').check();
      await page.getByTestId('livestock').fill('Сиыр — 1, қой — 4');
      await page.getByTestId('income-add').click();
      await page.getByTestId(`income-0-${months[0]}`).fill('85000');
      await page.getByTestId(`income-0-${months[2]}`).fill('85 000');
      await page.getByTestId('income-add').click();
      await page.getByTestId('income-1-category').selectOption('benefits');
      for (const m of months) await page.getByTestId(`income-1-${m}`).fill('21500,50');
      await page.getByTestId(`income-1-${months[1]}`).fill('21 5OO');
      await page.getByTestId('act-notes').fill('Үй жылы, таза');
      await page.getByTestId('act-save').click();
      // Every problem is named where it is; nothing typed is lost.
      await expect(page.getByTestId('act-problems')).toHaveText('Белгіленген өрістерді түзетіңіз — енгізілгендер сақталып тұр');
      const form = page.getByTestId('act-form');
      await expect(form.getByText('Толтыру міндетті')).toBeVisible(); // the applicant's relation
      await expect(form.getByText('ЖСН 12 цифрдан тұрады, бақылау цифры дұрыс болуы керек')).toBeVisible();
      await expect(form.getByText('Отбасы құрамы өтініштегіден өзгеше: себебін жазыңыз')).toBeVisible();
      await expect(form.getByText(/^Сома: теріс емес сан/)).toBeVisible();
      await expect(page.getByTestId('livestock')).toHaveValue('Сиыр — 1, қой — 4');
      await page.getByTestId('family-0-relation').fill('өтініш беруші');
      await page.getByTestId('family-1-iin').fill(CHILD.iin);
      await page.getByTestId('family-reason').fill('Ұлы өтініште көрсетілмеген');
      await page.getByTestId(`income-1-${months[1]}`).fill('21500,50');
      await expect(page.getByTestId('act-problems')).toHaveCount(0);
      // 170 000 wages + 3 × 21 500,50 benefits = 234 501,50 over 3 months for 2 people.
      const live = page.getByTestId('act-form').getByTestId('income');
      await expect(live.getByTestId('per-capita')).toHaveText(/78\s167,17 ÷ 2 адам = 39\s083,58 ₸/);
      await expect(live.getByTestId('no-threshold')).toContainText('Осы қызмет үшін');
      await page.getByTestId('act-photos').setInputFiles({ name: 'үй.png', mimeType: 'image/png', buffer: photo() });
      await bothLanguages('commission-case-act-form');
      await page.getByTestId('act-save').click();
      await expect(page.getByTestId(`act-${numbers[0]}/1`)).toContainText('қолданыста');
      const act = flatPdf(await savePdf(`print-act-${numbers[0]}-1`, 'act.pdf'));
      expect(act).toContain('Отбасының (адамның) материалдық жағдайын және тұрмыстық');
      expect(act).toContain(CHILD.name);
      expect(act).toContain('Ұлы өтініште көрсетілмеген');
      expect(act).toContain('234 501,50');
      expect(act).toMatch(/78 167,17 ÷ 2 адам = 39 083,58 теңге/);
      expect(act).toContain('кестеде жоқ');
      expect(act).toContain('Қоса берілген фотосуреттер: 1');
      pdfPngTo(join(downloads, 'act.pdf'), 'pdf-act');
    });

    test('the conclusion is refused while a present member has not signed, then adopted with a dissent and printed', async () => {
      await page.getByTestId('conclusion-reasons').fill('Табысы шекті деңгейден төмен, екі адамға бір жалақы');
      await page.getByTestId(`vote-${CHAIR}`).selectOption('agree');
      await page.getByTestId('adopt').click();
      await expect(page.getByTestId('adopt-message')).toContainText('Қатысқан мүшелердің бәрі қол қоюы немесе ерекше пікір білдіруі керек');
      await expect(page.getByTestId('adopt-message')).toContainText(SECRETARY);
      await page.getByTestId(`vote-${SECRETARY}`).selectOption('agree');
      await page.getByTestId(`vote-${MEMBER}`).selectOption('dissent');
      await page.getByTestId('adopt').click();
      await expect(page.getByTestId('adopt-message')).toContainText('Ерекше пікірдің мәтінін жазыңыз');
      await page.getByTestId(`opinion-${MEMBER}`).fill(DISSENT);
      await page.getByTestId('adopt').click();
      await expect(page.getByTestId('conclusion-adopted')).toContainText('Көмекке мұқтаж');
      await expect(page.getByText('Қорытынды қабылданды: акт енді өзгертілмейді және ауыстырылмайды')).toBeVisible();
      await bothLanguages('commission-case-concluded');
      const conclusion = flatPdf(await savePdf('print-conclusion', 'conclusion.pdf'));
      expect(conclusion).toContain('Учаскелік комиссияның қорытындысы');
      expect(conclusion).toContain('КӨМЕККЕ МҰҚТАЖ');
      expect(conclusion).toContain(numbers[0]);
      expect(conclusion).toContain(DISSENT);
      for (const name of [CHAIR, SECRETARY, MEMBER]) expect(conclusion).toContain(name);
      pdfPngTo(join(downloads, 'conclusion.pdf'), 'pdf-conclusion');
    });

    test('the second household: an act superseded by a new one with its reason, then “does not need”', async () => {
      await page.getByTestId('nav-commission').click();
      await page.getByTestId(`commission-case-${numbers[1]}`).click();
      await page.getByTestId(`visited-${SECRETARY}`).check();
      await page.getByTestId('family-0-relation').fill('өтініш беруші');
      await page.getByTestId('rooms').fill('4');
      await page.getByTestId('income-add').click();
      for (const m of months) await page.getByTestId(`income-0-${m}`).fill('250000');
      await page.getByTestId('act-save').click();
      await expect(page.getByTestId(`act-${numbers[1]}/1`)).toBeVisible();
      await page.getByTestId('act-supersede').click();
      await page.getByTestId('act-save').click();
      await expect(page.getByTestId('act-form').getByText('Толтыру міндетті')).toBeVisible();
      await page.getByTestId('act-supersede-reason').fill('Жалақы туралы жаңа анықтама');
      await page.getByTestId('act-save').click();
      await expect(page.getByTestId(`act-${numbers[1]}/1`)).toContainText('ауыстырылды');
      await expect(page.getByTestId(`act-${numbers[1]}/2`)).toContainText('Жалақы туралы жаңа анықтама');
      await page.getByTestId('conclusion-kind').selectOption('doesNotNeed');
      await page.getByTestId('conclusion-reasons').fill('Отбасында тұрақты жалақы бар');
      for (const name of [CHAIR, SECRETARY, MEMBER]) await page.getByTestId(`vote-${name}`).selectOption('agree');
      await page.getByTestId('adopt').click();
      await expect(page.getByTestId('conclusion-adopted')).toContainText('Көмекке мұқтаж емес');
      const conclusion = flatPdf(await savePdf('print-conclusion', 'conclusion-2.pdf'));
      expect(conclusion).toContain('КӨМЕККЕ МҰҚТАЖ ЕМЕС');
    });

    test('the protocol lists those present, the quorum and both conclusions', async () => {
      await page.getByTestId('nav-commission').click();
      await page.getByTestId('sessions').getByRole('link').first().click();
      const protocol = flatPdf(await savePdf('print-protocol', 'protocol.pdf'));
      expect(protocol).toContain('Учаскелік комиссия отырысының хаттамасы');
      expect(protocol).toContain('Кворум бар: қатысқаны — 3, комиссия мүшелері — 3');
      expect(protocol).toContain('Көмекке мұқтаж емес');
      for (const n of numbers) expect(protocol).toContain(n);
      pdfPngTo(join(downloads, 'protocol.pdf'), 'pdf-protocol');
      // Presence is fixed once a conclusion is adopted.
      await page.getByTestId(`present-${MEMBER}`).uncheck();
      await page.getByTestId('session-save').click();
      await expect(page.getByTestId('session-message')).toContainText('Осы отырыста қорытынды қабылданды');
    });

    test('everything is still there after the browser restarts', async () => {
      await context.close();
      await launch();
      await page.goto('./');
      await signIn(page);
      await page.getByTestId('nav-commission').click();
      await page.getByTestId(`commission-case-${numbers[0]}`).click();
      await expect(page.getByTestId('conclusion-adopted')).toContainText('Көмекке мұқтаж');
      await expect(page.getByTestId(`act-${numbers[0]}/1`)).toContainText('қолданыста');
      await expect(page.getByTestId(`act-${numbers[0]}/1`).getByTestId('per-capita')).toHaveText(/39\s083,58/);
      await page.getByTestId('nav-commission').click();
      await expect(page.getByTestId('sessions')).toContainText(PLACE);
    });
  });
