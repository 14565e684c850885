// The district department's desk and the return path, in Debian Chromium with
// two browser contexts — an akimat PC and a district PC — and the real sync
// server as a child process. The precinct commission's events are written by
// a second enrolled office device through the server (the commission screens
// belong to another issue), exactly as a commission PC would send them.
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import type { TestDevice } from '../sync-server/src/testing/harness';
import {
  caseThroughCommission,
  DISTRICT,
  DISTRICT_PDFS,
  HEAD,
  registerAtDistrict,
  relayFromAkimat,
  shot,
  shotBoth,
  startReturnPath,
  stopReturnPath,
} from './fixtures/district';
import { caseStatus, eventIdsOf, pendingEvents } from './fixtures/idb';
import {
  CLERK,
  fillApplicant,
  OFFICE,
  PASSWORD,
  pdfText,
  registerFilled,
  savePdf,
  setLanguage,
  setUpOffice,
  signIn,
} from './fixtures/intake';
import { openCase } from './fixtures/navigation';
import { applicant, attachScan, issueCode, type RunningServer, scanBytes, submitEnrollment, syncUntil } from './fixtures/sync';

let server: RunningServer;
let browser: Browser;
let akimatContext: BrowserContext;
let akimat: Page;
let districtContext: BrowserContext;
let district: Page;
let commissionPc: TestDevice;

test.describe
  .serial('district desk and the return path', () => {
    test.beforeAll(async () => {
      ({ server, browser, akimatContext, akimat, districtContext, district, commissionPc } = await startReturnPath());
    });
    test.afterAll(() => stopReturnPath({ browser, server }));

    test('an akimat PC and a district PC are set up and enrolled', async () => {
      await akimat.goto('./');
      await setUpOffice(akimat, undefined, 'akim');
      await expect(akimat.getByRole('button', { name: 'Кіру' })).toBeVisible();
      await signIn(akimat);
      await akimat.getByTestId('sync-badge').click();
      await submitEnrollment(akimat, server.process.url, await issueCode(server.store));
      await expect(akimat.getByTestId('enroll-result')).toContainText('Қосылды');

      await district.goto('./');
      await district.getByTestId('kind-district').check();
      // A bad district code is named inline; nothing is created.
      await district.getByLabel('Аудан коды (серверде берілген, мысалы D05)').fill('d');
      await district.getByTestId('district-setup-done').click();
      await expect(district.getByText('2–12 цифр не латын бас әрпі')).toBeVisible();
      await district.getByLabel('Бөлімнің атауы (қазақша)').fill(DISTRICT.nameKk);
      await district.getByLabel('Бөлімнің атауы (орысша)').fill(DISTRICT.nameRu);
      await district.getByLabel('Аудан', { exact: true }).fill(DISTRICT.district);
      await district.getByLabel('Аудан коды (серверде берілген, мысалы D05)').fill(DISTRICT.code);
      await district.getByLabel('Тегі, аты').fill(HEAD);
      await district.getByLabel('Құпиясөз', { exact: true }).fill(PASSWORD);
      await district.getByLabel('Құпиясөзді қайталаңыз').fill(PASSWORD);
      await shotBoth(district, 'district-setup');
      await district.getByTestId('district-setup-done').click();
      await expect(district.getByRole('button', { name: 'Кіру' })).toBeVisible();
      // The department's roles, not the akimat's.
      await expect(district.locator('select option')).toHaveText([`${HEAD} — Бөлім басшысы`]);
      await expect(district.locator('header .brand')).toContainText('Akimat Desk — аудандық бөлім');
      await shotBoth(district, 'district-sign-in');
      await district.getByLabel('Құпиясөз').fill(PASSWORD);
      await district.getByRole('button', { name: 'Кіру' }).click();
      await expect(district.getByTestId('inbox-ready')).toBeVisible();
      await expect(district.getByTestId('district-enroll')).toBeVisible();
      await shotBoth(district, 'district-inbox-not-enrolled');
      await district.getByTestId('district-enroll-url').fill(server.process.url);
      await district
        .getByTestId('district-enroll-code')
        .fill(await server.store.admin.issueEnrollmentCode({ districtCode: DISTRICT.code }));
      await district.getByTestId('district-enroll-submit').click();
      // Enrolled: the form gives way to the inbox and the badge says the PC is online.
      await expect(district.getByTestId('district-enroll')).toHaveCount(0);
      await expect(district.getByTestId('sync-badge')).toHaveAttribute('data-state', 'online');

      // Staff of the department: its roles to choose from; the executor the head will assign.
      await district.getByTestId('nav-staff').click();
      await expect(district.locator('ul.staff')).toContainText(`${HEAD} — Бөлім басшысы`);
      const staffForm = district.locator('form');
      await staffForm.getByLabel('Тегі, аты').fill('Ілиясов Нұржан');
      await staffForm.getByLabel('Рөлі').selectOption({ label: 'Бөлімнің орындаушысы' });
      await staffForm.getByLabel('Құпиясөз').fill(PASSWORD);
      await staffForm.getByRole('button', { name: 'Қосу' }).click();
      await expect(district.locator('ul.staff')).toContainText('Ілиясов Нұржан — Бөлімнің орындаушысы');
      await shotBoth(district, 'district-staff');
      await setLanguage(district, 'ru');
      await expect(district.locator('ul.staff')).toContainText('Ілиясов Нұржан — Исполнитель отдела');
      await setLanguage(district, 'kk');
    });

    test('a child-benefit case goes to the district and back; the akimat is offline for a while; all agree at the end', async () => {
      const { caseId, number } = await caseThroughCommission(akimat, commissionPc, 1);

      // The link drops: the akimat relays anyway, the relay waits on this PC.
      await akimatContext.setOffline(true);
      await openCase(akimat, caseId);
      await shotBoth(akimat, 'akimat-relay');
      await relayFromAkimat(akimat, caseId);
      await akimat.getByTestId('sync-badge').click();
      await akimat.getByTestId('sync-now').click();
      await expect(akimat.getByTestId('sync-badge')).toHaveAttribute('data-state', /offline|waiting/);
      expect(await pendingEvents(akimat)).toBeGreaterThan(0);
      await akimatContext.setOffline(false);
      await syncUntil(akimat, async () => (await pendingEvents(akimat)) === 0);

      // The district: inbox, package, register (a bad entry first), assign, decide.
      await syncUntil(district, async () => (await caseStatus(district, caseId)) === 'relayed');
      await district.getByTestId('nav-inbox').click();
      const row = district.getByTestId(`inbox-row-${number}`);
      await expect(row).toContainText(OFFICE.officeCode);
      await expect(row.getByTestId('inbox-office')).toContainText(OFFICE.nameKk);
      await expect(row).toContainText('Бөлімде тіркеу');
      // The scans came in the background after the pull: nothing left to download.
      await expect(row.getByTestId('inbox-files-missing')).toHaveCount(0);
      await shotBoth(district, 'district-inbox');
      await setLanguage(district, 'ru');
      await expect(row.getByTestId('inbox-office')).toContainText(OFFICE.nameRu);
      await setLanguage(district, 'kk');
      // Offline from here on: the package, its scan and the okrug's name are on this PC.
      await districtContext.setOffline(true);
      await row.click();
      await expect(district.getByTestId('package-files')).toContainText('барлығы осы компьютерде');
      await expect(district.getByTestId('package-office')).toContainText(OFFICE.nameKk);
      await expect(district.locator('.thumbs li')).toHaveCount(1);
      await districtContext.setOffline(false);
      await expect(district.getByTestId('conclusion')).toContainText('көмекке мұқтаж');
      await expect(district.getByTestId('per-capita')).toContainText('25 000 теңге');
      await expect(district.locator('.thumbs li')).toHaveCount(1);
      await shotBoth(district, 'district-case-register');
      // The next number of this PC's incoming series is proposed; cleared, the number is required.
      await expect(district.getByTestId('incoming-number')).toHaveValue(`D05-${new Date().getFullYear() % 100}A/К-0001`);
      await district.getByTestId('incoming-number').fill('');
      await district.getByTestId('register-package-submit').click();
      await expect(district.getByTestId('register-package').getByText('Толтыру міндетті')).toBeVisible();
      await district.getByTestId('incoming-number').fill('К-101');
      await district.getByTestId('register-package-submit').click();
      await expect(district.getByTestId('incoming')).toContainText('К-101');
      await shotBoth(district, 'district-case-assign');
      await district.getByTestId('assign-executor-submit').click();
      await expect(district.getByTestId('decide-form')).toBeVisible();
      await district.getByTestId('decision-amount').fill('21 500');
      await district.getByTestId('period-from').fill('2026-12-01');
      await district.getByTestId('decide-submit').click();
      await expect(district.getByTestId('decide-form').getByText('Кезеңнің басы мен соңын бірге жазыңыз')).toBeVisible();
      await district.getByTestId('period-to').fill('2027-11-30');
      await district.getByTestId('outgoing-number').fill('05-12/431');
      // The head is signed in: she signs in her own name, nobody types a signer's name.
      await expect(district.getByTestId('sign-as')).toHaveCount(0);
      await shotBoth(district, 'district-case-decide');
      await district.getByTestId('decide-submit').click();
      await expect(district.getByTestId('decision-facts')).toContainText('05-12/431');
      const letter = pdfText(await savePdf(district, 'result-print', DISTRICT_PDFS, 'district-notification.pdf'));
      expect(letter).toContain('05-12/431');
      expect(letter).toContain('21 500');
      expect(letter).toContain(HEAD);
      expect(letter).toContain(DISTRICT.nameKk.slice(0, 20));
      await shotBoth(district, 'district-case-decided');
      await syncUntil(district, async () => (await pendingEvents(district)) === 0);

      // Back at the akimat: Today shows the result, the clerk registers, prints and hands it over.
      await syncUntil(akimat, async () => (await caseStatus(akimat, caseId)) === 'decided');
      await akimat.getByTestId('nav-today').click();
      await expect(akimat.getByTestId('count-arrived')).toHaveText('1');
      // Issue 14: the akimat's own next step, not the district's "send the result to the akim".
      await expect(akimat.getByTestId('today-arrived')).toContainText('Келген нәтижені тіркеп, өтініш берушіге беру');
      await expect(akimat.getByTestId('today-arrived')).not.toContainText('Нәтижені әкімге жіберу');
      await shotBoth(akimat, 'akimat-today-arrived');
      await openCase(akimat, caseId);
      await expect(akimat.getByTestId('case-next-action')).toContainText('Келген нәтижені тіркеп, өтініш берушіге беру');
      await akimat.getByTestId('receive-result-submit').click();
      await expect(akimat.getByTestId('result-paper')).toBeVisible();
      const forApplicant = pdfText(await savePdf(akimat, 'result-print', DISTRICT_PDFS, 'akimat-notification.pdf'));
      expect(forApplicant).toContain('05-12/431');
      expect(forApplicant).toContain('Сейітова-1');
      await expect(akimat.getByTestId('received-by')).toHaveValue(/Сейітова-1/);
      await shotBoth(akimat, 'akimat-hand-over');
      await akimat.getByTestId('hand-over-submit').click();
      await expect(akimat.getByTestId('handed-over')).toContainText('Сейітова-1');

      // Every step has its due moment and the moment it was done, on the case page.
      const steps = akimat.locator('table.steps tr');
      const texts = await steps.allInnerTexts();
      expect(texts.length).toBeGreaterThanOrEqual(10);
      for (const text of texts) expect(text).toContain('дейін');
      expect(texts.filter((t) => t.includes('орындалды')).length).toBeGreaterThanOrEqual(10);
      expect(texts.filter((t) => t.includes('күтілуде'))).toEqual([]);
      await shot(akimat, 'akimat-case-handed-over-kk');

      await akimat.getByTestId('nav-handover').click();
      await expect(akimat.getByTestId('ho-count')).toHaveText('Барлығы: 1');
      const register = pdfText(await savePdf(akimat, 'ho-print', DISTRICT_PDFS, 'hand-over-register.pdf'));
      expect(register).toContain(number);
      expect(register).toContain('Сейітова-1');
      await shotBoth(akimat, 'akimat-hand-over-register');

      await syncUntil(akimat, async () => (await pendingEvents(akimat)) === 0);
      await syncUntil(district, async () => (await caseStatus(district, caseId)) === 'handedOver');
      const onServer = ((await server.store.exportAll()).events as Array<{ id: string; case_id: string }>)
        .filter((e) => e.case_id === caseId)
        .map((e) => e.id)
        .sort();
      expect(onServer.length).toBeGreaterThanOrEqual(13);
      expect(await eventIdsOf(akimat, caseId)).toEqual(onServer);
      expect(await eventIdsOf(district, caseId)).toEqual(onServer);
    });

    test('the district returns a package for rework; the akimat sees it on Today, adds a scan and sends it again; the district refuses', async () => {
      const { caseId, number } = await caseThroughCommission(akimat, commissionPc, 2);
      await relayFromAkimat(akimat, caseId);
      await syncUntil(akimat, async () => (await pendingEvents(akimat)) === 0);
      await registerAtDistrict(district, caseId, number, 'К-102');
      await district.getByTestId('rework-open').click();
      await district.getByTestId('rework-submit').click();
      await expect(district.getByTestId('rework-form').getByText('Толтыру міндетті')).toBeVisible();
      await district.getByTestId('rework-remarks-input').fill('Туу туралы куәліктің көшірмесі оқылмайды');
      await shotBoth(district, 'district-rework');
      await district.getByTestId('rework-submit').click();
      await expect(district.getByTestId('rework-remarks')).toContainText('оқылмайды');
      await syncUntil(district, async () => (await pendingEvents(district)) === 0);

      await syncUntil(akimat, async () => (await caseStatus(akimat, caseId)) === 'returnedForRework');
      await akimat.getByTestId('nav-today').click();
      await expect(akimat.getByTestId('count-returned')).toHaveText('1');
      await openCase(akimat, caseId);
      await expect(akimat.getByTestId('rework-remarks')).toContainText('Туу туралы куәліктің көшірмесі оқылмайды');
      await shotBoth(akimat, 'akimat-rework');
      await attachScan(akimat, 'туу-куәлік-2-анық.png', scanBytes(20_000, 22));
      await akimat.getByTestId('relay-submit').click();
      await expect(akimat.getByTestId('at-district')).toBeVisible();
      await syncUntil(akimat, async () => (await pendingEvents(akimat)) === 0);

      await registerAtDistrict(district, caseId, number, 'К-103');
      await expect(district.locator('.thumbs li')).toHaveCount(2);
      await district.getByTestId('assign-executor-submit').click();
      await district.getByTestId('outcome-refusal').check();
      // The first case's number was typed by hand: this PC's own series still starts at 1, proposed and kept.
      const outgoing = `D05-${String(new Date().getFullYear() % 100)}A/0001`;
      await expect(district.getByTestId('outgoing-number')).toHaveValue(outgoing);
      await district.getByTestId('decide-submit').click();
      await expect(district.getByText('Кемінде бір негізді таңдаңыз не жазыңыз')).toBeVisible();
      await district.getByTestId('other-reason').fill('Отбасының табысы шектен жоғары');
      await shotBoth(district, 'district-refusal');
      await district.getByTestId('decide-submit').click();
      const refusal = pdfText(await savePdf(district, 'result-print', DISTRICT_PDFS, 'district-refusal.pdf'));
      expect(refusal).toContain(outgoing);
      expect(refusal).toContain('Отбасының табысы шектен жоғары');
      await syncUntil(district, async () => (await pendingEvents(district)) === 0);

      await syncUntil(akimat, async () => (await caseStatus(akimat, caseId)) === 'decided');
      await openCase(akimat, caseId);
      await akimat.getByTestId('receive-result-submit').click();
      const forApplicant = pdfText(await savePdf(akimat, 'result-print', DISTRICT_PDFS, 'akimat-refusal.pdf'));
      expect(forApplicant).toContain(outgoing);
      expect(forApplicant).toContain('Отбасының табысы шектен жоғары');
      await akimat.getByTestId('hand-over-submit').click();
      await expect(akimat.getByTestId('handed-over')).toBeVisible();
    });

    test('the TSA certificate is issued at the akimat on the spot: register, print, hand over', async () => {
      const started = Date.now();
      const person = applicant(3);
      await akimat.getByTestId('nav-new').click();
      await akimat.getByTestId('discard').click();
      await akimat.getByTestId('service-search').fill('анықтама');
      await akimat.locator('[data-service="asp-recipient-certificate"]').first().click();
      await fillApplicant(akimat, person);
      await akimat.getByTestId('doc-application-original').check();
      await registerFilled(akimat);
      await expect(akimat.getByTestId('intake-result')).toContainText('Өтініш тіркелді: № ');
      await akimat.getByRole('button', { name: 'Істі ашу' }).click();
      const desk = akimat.getByTestId('certificate-desk');
      await expect(desk).toBeVisible();
      // The akim who signs the paper is chosen from the office's akims (the signed-in akim first), never typed.
      await expect(akimat.getByTestId('tsa-signer')).toHaveValue(/.+/);
      await expect(akimat.getByTestId('tsa-signer').locator('option:checked')).toHaveText(CLERK);
      await shotBoth(akimat, 'akimat-certificate');
      const certificate = pdfText(await savePdf(akimat, 'certificate-print', DISTRICT_PDFS, 'tsa-certificate.pdf'));
      expect(certificate).toContain('Сейітова-3');
      expect(certificate).toContain(CLERK);
      await akimat.getByTestId('hand-over-submit').click();
      await expect(akimat.getByTestId('handed-over')).toContainText('Сейітова-3');
      await expect(akimat.getByTestId('case-status')).toHaveText('Нәтиже берілді');
      // What the certificate said stays on the case page, and it prints again as a duplicate.
      await expect(akimat.getByTestId('certificate-facts')).toContainText('отбасы атаулы әлеуметтік көмек алады');
      await expect(akimat.getByTestId('certificate-facts')).toContainText(`${new Date().getFullYear()} жылдың`);
      await expect(akimat.getByTestId('certificate-facts')).toContainText(CLERK);
      await expect(akimat.getByTestId('certificate-family')).toBeVisible();
      await shotBoth(akimat, 'akimat-certificate-issued');
      const duplicate = pdfText(await savePdf(akimat, 'certificate-reprint', DISTRICT_PDFS, 'tsa-certificate-duplicate.pdf'));
      expect(duplicate).toContain('ДУБЛИКАТ');
      expect(duplicate).toContain('Сейітова-3');
      expect(duplicate).toContain(CLERK);
      expect(certificate).not.toContain('ДУБЛИКАТ');
      console.log(`certificate: registered, printed and handed over in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

    test('the inbox sorts by a heading, shows what is assigned to me, and registers several packages at once', async () => {
      const first = await caseThroughCommission(akimat, commissionPc, 5);
      await relayFromAkimat(akimat, first.caseId);
      const second = await caseThroughCommission(akimat, commissionPc, 6);
      await relayFromAkimat(akimat, second.caseId);
      await syncUntil(akimat, async () => (await pendingEvents(akimat)) === 0);
      await syncUntil(district, async () => (await caseStatus(district, second.caseId)) === 'relayed');
      await syncUntil(district, async () => (await caseStatus(district, first.caseId)) === 'relayed');
      await district.getByTestId('nav-inbox').click();
      const rows = district.getByTestId('inbox-table').locator('tbody tr');
      await expect(rows).toHaveCount(2);
      // Newest relay first by default; a click on the number heading sorts by it, a second click reverses.
      const order = (a: string, b: string) => [`inbox-row-${a}`, `inbox-row-${b}`];
      await expect(district.getByTestId('inbox-head-number')).toHaveAttribute('aria-sort', 'none');
      await district.getByTestId('inbox-sort-number').click();
      await expect(district.getByTestId('inbox-head-number')).toHaveAttribute('aria-sort', 'ascending');
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-testid')))).toEqual(order(first.number, second.number));
      await district.getByTestId('inbox-sort-number').click();
      await expect(district.getByTestId('inbox-head-number')).toHaveAttribute('aria-sort', 'descending');
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-testid')))).toEqual(order(second.number, first.number));

      // Both chosen, one date, one signer (the head signed in): each gets the next number of the series.
      await district.getByTestId('inbox-select-all').check();
      await expect(district.getByTestId('bulk-selected')).toContainText('2');
      await shotBoth(district, 'district-inbox-bulk');
      await district.getByTestId('bulk-register-submit').click();
      await expect(district.getByTestId('bulk-result')).toHaveText('Тіркелді: 2, тіркелмеді: 0');
      await expect(district.getByTestId('inbox-select')).toHaveCount(0);
      await shotBoth(district, 'district-inbox-bulk-result');
      const year = new Date().getFullYear() % 100;
      // Numbered in the order shown (the number heading reversed): the second case came first.
      await district.getByTestId(`inbox-row-${second.number}`).click();
      await expect(district.getByTestId('incoming')).toContainText(`D05-${year}A/К-0001`);
      // The head assigns this one to themself; "assigned to me" then shows it alone.
      await district.getByTestId('executor-select').selectOption({ label: HEAD });
      await district.getByTestId('assign-executor-submit').click();
      await expect(district.getByTestId('decide-form')).toBeVisible();
      await district.getByTestId('nav-inbox').click();
      await expect(district.getByTestId('inbox-head-number')).toHaveAttribute('aria-sort', 'descending');
      await district.getByTestId('filter-mine').check();
      await expect(rows).toHaveCount(1);
      await expect(district.getByTestId(`inbox-row-${second.number}`)).toBeVisible();
      await shotBoth(district, 'district-inbox-mine');
    });
  });
