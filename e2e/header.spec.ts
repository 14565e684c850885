// The header with the sync badge fits: at 1280×800 and 1024×768, in Kazakh and
// Russian, the screens' links stay on one line, nothing is hidden or overlaps,
// and the page does not scroll sideways. Screenshots go to /tmp/screens.
import { expect, test, type Page } from '@playwright/test';
import { OFFICE, screenshot, setLanguage, setUpOffice, setUpOfficeAndSignIn, signIn } from './fixtures/intake';

interface Box {
  testid: string;
  top: number;
  left: number;
  right: number;
  bottom: number;
}

async function headerLayout(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header')!;
    const nav = header.querySelector('nav')!;
    const box = (el: Element, testid: string) => {
      const r = el.getBoundingClientRect();
      return { testid, top: Math.round(r.top), left: Math.round(r.left), right: Math.round(r.right), bottom: Math.round(r.bottom) };
    };
    const tools = [...header.children]
      .filter((el) => el.tagName !== 'NAV')
      .map((el, i) => box(el, el.getAttribute('data-testid') ?? el.className ?? String(i)));
    const links = [...nav.querySelectorAll('a')].map((a) => box(a, a.getAttribute('data-testid') ?? ''));
    return {
      headerHeight: Math.round(header.getBoundingClientRect().height),
      navOverflow: nav.scrollWidth - nav.clientWidth,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      tools,
      links,
    };
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('the header fits at 1280×800 and 1024×768 in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await setUpOfficeAndSignIn(page);
  await expect(page.getByTestId('sync-badge')).toBeVisible();
  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    for (const lang of ['kk', 'ru'] as const) {
      await setLanguage(page, lang);
      const layout = await headerLayout(page);
      await screenshot(page, `header-${width}-${lang}`);
      const where = `${width}×${height} ${lang}`;
      expect(layout.links.length, where).toBeGreaterThanOrEqual(5);
      // One line of links, all of them visible without scrolling.
      expect(new Set(layout.links.map((l) => l.top)).size, where).toBe(1);
      expect(layout.navOverflow, where).toBeLessThanOrEqual(0);
      expect(layout.pageOverflow, where).toBeLessThanOrEqual(0);
      // Two rows: the tools share one line (a common horizontal through all of them) above the links.
      expect(Math.max(...layout.tools.map((t) => t.top)), where).toBeLessThan(Math.min(...layout.tools.map((t) => t.bottom)));
      expect(Math.max(...layout.tools.map((t) => t.bottom)), where).toBeLessThanOrEqual(Math.min(...layout.links.map((l) => l.top)));
      expect(layout.headerHeight, where).toBeLessThanOrEqual(96);
      const all = [...layout.tools, ...layout.links];
      for (const [i, a] of all.entries()) {
        expect(a.right, `${where} ${a.testid}`).toBeLessThanOrEqual(width);
        for (const b of all.slice(i + 1)) expect(overlaps(a, b), `${where} ${a.testid} / ${b.testid}`).toBe(false);
      }
      // The tools stay where a clerk finds them.
      await expect(page.getByTestId('sign-out')).toBeInViewport();
      await expect(page.getByTestId('sync-badge')).toBeInViewport();
    }
  }
});

// Issue 14: a long name with the long Russian role ("Сотрудник канцелярии") was cut off.
test('a long user name stays whole in the Russian header', async ({ page }) => {
  const name = 'Абдрахманова-Жаксыбекова Гульнара Сейткалиевна';
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await setUpOffice(page, OFFICE, 'clerk', name);
  await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible();
  await signIn(page);
  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
  ]) {
    await page.setViewportSize({ width, height });
    for (const lang of ['ru', 'kk'] as const) {
      await setLanguage(page, lang);
      const where = `${width}×${height} ${lang}`;
      await screenshot(page, `header-long-name-${width}-${lang}`);
      const user = page.getByTestId('header-user');
      await expect(user.locator('.user-name'), where).toHaveText(name);
      const cut = await user.evaluate((el) => [...el.children].map((c) => c.scrollWidth - c.clientWidth));
      expect(cut, where).toEqual([0, 0]);
      const layout = await headerLayout(page);
      expect(layout.pageOverflow, where).toBeLessThanOrEqual(0);
      expect(layout.headerHeight, where).toBeLessThanOrEqual(96);
      expect(new Set(layout.links.map((l) => l.top)).size, where).toBe(1);
      for (const [i, a] of layout.tools.entries())
        for (const b of layout.tools.slice(i + 1)) expect(overlaps(a, b), `${where} ${a.testid} / ${b.testid}`).toBe(false);
      await expect(page.getByTestId('sign-out')).toBeInViewport();
    }
  }
});
