// One office, two PCs, and its district, in Debian Chromium (three persistent
// profiles) against the real sync server: PC A's akim adds a clerk, forms the
// commission and opens a session; PC B joins the office (a wrong office code is
// refused first), syncs once and goes offline; the clerk signs in on B, sees the
// commission and continues A's session; a change of composition on B is signed by
// the akim with her own password — the clerk's does not sign it. At the district
// an executor cannot sign the decision as the head; the head's password does.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestDevice } from '../sync-server/src/testing/harness';
import { closeProfile, launchProfile } from './fixtures/browser';
import { CHAIR, MEMBER, SECRETARY } from './fixtures/commission';
import { caseThroughCommission, DISTRICT, HEAD, registerAtDistrict, relayFromAkimat } from './fixtures/district';
import { caseStatus, idb, pendingEvents } from './fixtures/idb';
import { CLERK, kazakhOnlyText, OFFICE, PASSWORD, screenshotBoth, setUpOffice, signIn, USER_DATA } from './fixtures/intake';
import { issueCode, openSyncPanel, type RunningServer, startSyncServer, submitEnrollment, syncUntil } from './fixtures/sync';

const SCREENS = '/tmp/screens-two-pcs';
mkdirSync(SCREENS, { recursive: true });
const COLLEAGUE = 'Ілиясов Нұрлан';
const COLLEAGUE_PASSWORD = 'хатшы-сөзі-2';
const EXECUTOR = 'Әбенов Ғалым';
const NEW_MEMBER = 'Серікова Гүлмира';
const profiles = { a: '', b: '', d: '' };
let server: RunningServer;
let commissionPc: TestDevice;
const pcs: Record<'a' | 'b' | 'd', { context: BrowserContext; page: Page }> = {} as never;

/** Typed by the users here (names, places): only Kazakh words outside them would be a leak on a Russian screen. */
const TYPED = [
  COLLEAGUE,
  EXECUTOR,
  NEW_MEMBER,
  HEAD,
  CHAIR,
  SECRETARY,
  MEMBER,
  'Әкімдік, мәжіліс залы',
  'Мұғалім',
  'Учаскелік инспектор',
  'Әкім орынбасары',
  // The district's package: the applicant, the commission's reasons, the scan's file name.
  'Сейітова',
  'Отбасының табысы шектен төмен',
  'туу-куәлік',
  ...USER_DATA,
].join(' ');
async function noKazakhLeft(page: Page): Promise<void> {
  const leaks = (await kazakhOnlyText(page))
    .flatMap((line) => line.split(/[\s,.;:()«»—–-]+/))
    .filter((word) => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(word) && !TYPED.includes(word));
  expect(leaks).toEqual([]);
}
const shot = (page: Page, name: string) => screenshotBoth(page, name, SCREENS, noKazakhLeft);

/** Signs in as the named person of the PC's staff ("name — role", as the list shows them). */
async function signInAs(page: Page, person: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
  await page.getByLabel('Қызметкер').selectOption({ label: person });
  await page.getByLabel('Құпиясөз').fill(password);
  await page.getByRole('button', { name: 'Кіру' }).click();
}

async function addColleague(page: Page, name: string, role: string, password: string): Promise<void> {
  await page.getByTestId('nav-staff').click();
  const form = page.locator('form');
  await form.getByLabel('Тегі, аты').fill(name);
  await form.getByLabel('Рөлі').selectOption({ label: role });
  await form.getByLabel('Құпиясөз').fill(password);
  await form.getByRole('button', { name: 'Қосу' }).click();
  await expect(page.locator('ul.staff')).toContainText(name);
}

async function signOut(page: Page): Promise<void> {
  await syncUntil(page, async () => (await pendingEvents(page)) === 0);
  await page.getByTestId('sign-out').click();
  await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
}

test.describe
  .serial('one office on two PCs, and its district', () => {
    test.beforeAll(async () => {
      server = await startSyncServer();
      // The commission's secretary sends the commission's facts on the district's case from a device of the office.
      commissionPc = await TestDevice.enroll(server.process.url, server.store, { officeCode: OFFICE.officeCode });
      commissionPc.role = 'clerk';
      commissionPc.queue(commissionPc.introduce());
      await commissionPc.pushAll();
      for (const key of ['a', 'b', 'd'] as const) {
        profiles[key] = mkdtempSync(join(tmpdir(), `akimat-two-pcs-${key}-`));
        pcs[key] = await launchProfile(profiles[key], { acceptDownloads: true });
      }
    });
    test.afterAll(async () => {
      for (const key of ['a', 'b', 'd'] as const) await closeProfile(pcs[key]?.context, profiles[key]);
      await server?.dispose();
    });

    test('PC A: the akim adds a clerk, forms the commission and opens a session', async () => {
      const { page } = pcs.a;
      await page.goto('./');
      await setUpOffice(page, undefined, 'akim');
      await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
      await signIn(page);
      await openSyncPanel(page);
      await submitEnrollment(page, server.process.url, await issueCode(server.store));
      await expect(page.getByTestId('enroll-result')).toContainText('Қосылды');
      await addColleague(page, COLLEAGUE, 'Кеңсе қызметкері', COLLEAGUE_PASSWORD);

      await page.getByTestId('nav-commission').click();
      await page.getByTestId('decision-number').fill('17');
      await page.getByTestId('decision-date').fill('2026-01-15');
      for (const [i, [name, position]] of [
        [CHAIR, 'Әкім орынбасары'],
        [SECRETARY, 'Бас маман'],
        [MEMBER, 'Учаскелік инспектор'],
      ].entries()) {
        await page.getByTestId(`member-${i}-name`).fill(name);
        await page.getByTestId(`member-${i}-position`).fill(position);
      }
      await page.getByTestId('commission-create-submit').click();
      await expect(page.getByTestId('members')).toContainText(SECRETARY);
      await page.getByTestId('session-place').fill('Әкімдік, мәжіліс залы');
      await page.getByTestId('session-create').click();
      await page.getByTestId(`present-${CHAIR}`).check();
      await page.getByTestId('session-save').click();
      await expect(page.getByTestId('session-message')).toHaveText('Отырыс сақталды');
      await syncUntil(page, async () => (await pendingEvents(page)) === 0);
    });

    test('PC B joins the office (a wrong office code is refused first), syncs once and goes offline', async () => {
      const { page, context } = pcs.b;
      await page.goto('./');
      await page.getByTestId('join-office').check();
      await page.getByTestId('join-server').fill(server.process.url);
      const code = await issueCode(server.store);
      await page.getByTestId('join-code').fill(code);
      await page.getByTestId('join-office-code').fill('0513');
      await page.getByTestId('join-submit').click();
      await expect(page.getByTestId('join-status')).toHaveAttribute('data-state', 'refused');
      await expect(page.getByTestId('join-status')).toContainText('0513');
      await shot(page, 'b-wrong-office');
      await page.getByTestId('join-office-code').fill(OFFICE.officeCode);
      await page.getByTestId('join-submit').click();
      // The first sync brought the office's staff: then the link goes.
      await expect(page.getByLabel('Қызметкер').locator('option')).toContainText([COLLEAGUE], { timeout: 20_000 });
      await context.setOffline(true);
      await shot(page, 'b-sign-in-offline');
    });

    test('offline on B the clerk signs in, sees the commission and continues A’s session', async () => {
      const { page } = pcs.b;
      await signInAs(page, `${COLLEAGUE} — Кеңсе қызметкері`, COLLEAGUE_PASSWORD);
      await expect(page.getByTestId('today-ready')).toBeVisible();
      await page.getByTestId('nav-commission').click();
      await expect(page.getByTestId('members')).toContainText(CHAIR);
      await expect(page.getByTestId('sessions')).toContainText('Әкімдік, мәжіліс залы');
      await page.getByTestId('sessions').getByRole('link').first().click();
      await expect(page.getByTestId(`present-${CHAIR}`)).toBeChecked();
      await page.getByTestId(`present-${SECRETARY}`).check();
      await page.getByTestId(`present-${MEMBER}`).check();
      await expect(page.getByTestId('quorum')).toHaveText('Кворум бар: қатысып отыр 3, комиссия мүшелері 3');
      await page.getByTestId('session-save').click();
      await expect(page.getByTestId('session-message')).toHaveText('Отырыс сақталды');
      await shot(page, 'b-session-continued');
    });

    test('on B a change of composition is signed by the akim with her own password; the clerk’s does not sign it', async () => {
      const { page, context } = pcs.b;
      await page.getByTestId('nav-commission').click();
      await page.getByLabel('Тегі, аты, әкесінің аты').fill(NEW_MEMBER);
      await page.getByLabel('Лауазымы').fill('Мұғалім');
      await expect(page.getByTestId('sign-as')).toBeVisible();
      await expect(page.getByTestId('sign-as-person')).toContainText(CLERK);
      await page.getByTestId('sign-as-password').fill(COLLEAGUE_PASSWORD);
      await page.getByTestId('new-member-add').click();
      await expect(page.getByTestId('sign-as')).toContainText('Құпиясөз дұрыс емес');
      await expect(page.getByTestId('members')).not.toContainText(NEW_MEMBER);
      await shot(page, 'b-sign-as-refused');
      await page.getByTestId('sign-as-password').fill(PASSWORD);
      await page.getByTestId('new-member-add').click();
      await expect(page.getByTestId('members')).toContainText(NEW_MEMBER);
      await context.setOffline(false);
      await syncUntil(page, async () => (await pendingEvents(page)) === 0);
      // Back on A: B's session change and the akim's new member arrived.
      const a = pcs.a.page;
      const commissionsOfA = () =>
        idb<{ members: { fullName: string }[] }[]>(a, { store: 'commissions', index: 'officeCode', key: OFFICE.officeCode });
      await syncUntil(a, async () => (await commissionsOfA()).some((c) => c.members.some((m) => m.fullName === NEW_MEMBER)));
      await a.getByTestId('nav-commission').click();
      await expect(a.getByTestId('members')).toContainText(NEW_MEMBER);
    });

    test('at the district an executor cannot sign the decision as the head; the head can', async () => {
      const a = pcs.a.page;
      const { page } = pcs.d;
      await page.goto('./');
      await page.getByTestId('kind-district').check();
      await page.getByLabel('Бөлімнің атауы (қазақша)').fill(DISTRICT.nameKk);
      await page.getByLabel('Бөлімнің атауы (орысша)').fill(DISTRICT.nameRu);
      await page.getByLabel('Аудан', { exact: true }).fill(DISTRICT.district);
      await page.getByLabel('Аудан коды (серверде берілген, мысалы D05)').fill(DISTRICT.code);
      await page.getByLabel('Тегі, аты').fill(HEAD);
      await page.getByLabel('Құпиясөз', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Құпиясөзді қайталаңыз').fill(PASSWORD);
      await page.getByTestId('district-setup-done').click();
      await signInAs(page, `${HEAD} — Бөлім басшысы`, PASSWORD);
      await page.getByTestId('district-enroll-url').fill(server.process.url);
      await page.getByTestId('district-enroll-code').fill(await server.store.admin.issueEnrollmentCode({ districtCode: DISTRICT.code }));
      await page.getByTestId('district-enroll-submit').click();
      await expect(page.getByTestId('district-enroll')).toHaveCount(0);
      await addColleague(page, EXECUTOR, 'Бөлімнің орындаушысы', COLLEAGUE_PASSWORD);

      const { caseId, number } = await caseThroughCommission(a, commissionPc, 7);
      await relayFromAkimat(a, caseId);
      await registerAtDistrict(page, caseId, number, 'К-7');
      await page.getByTestId('assign-executor-submit').click();
      await expect(page.getByTestId('decide-form')).toBeVisible();
      await signOut(page);

      await signInAs(page, `${EXECUTOR} — Бөлімнің орындаушысы`, COLLEAGUE_PASSWORD);
      await page.getByTestId('nav-inbox').click();
      await page.getByTestId(`inbox-row-${number}`).click();
      await page.getByTestId('decision-amount').fill('21 500');
      await page.getByTestId('period-from').fill('2026-12-01');
      await page.getByTestId('period-to').fill('2027-11-30');
      await expect(page.getByTestId('sign-as-person')).toContainText(HEAD);
      await page.getByTestId('sign-as-password').fill(COLLEAGUE_PASSWORD);
      await page.getByTestId('decide-submit').click();
      await expect(page.getByTestId('sign-as')).toContainText('Құпиясөз дұрыс емес');
      await expect(page.getByTestId('decision-facts')).toHaveCount(0);
      await shot(page, 'district-executor-cannot-sign');
      await page.getByTestId('sign-as-password').fill(PASSWORD);
      await page.getByTestId('decide-submit').click();
      await expect(page.getByTestId('decision-facts')).toBeVisible();
      await syncUntil(page, async () => (await pendingEvents(page)) === 0);
      // The decision is the head's, whoever typed it.
      await syncUntil(a, async () => (await caseStatus(a, caseId)) === 'decided');
    });
  });
