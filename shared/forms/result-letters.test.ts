import { beforeAll, describe, expect, it } from 'vitest';
import { buildNotificationPdf, type NotificationInput } from './notification';
import { buildRefusalPdf, type RefusalInput } from './refusal';
import { loadFormFonts } from '../../scripts/testing/node-fonts';
import { collapseSpaces, inkShare, pdfFlatText, pdfLayoutText, readPng, renderPng, writeTempPdf } from '../../scripts/testing/pdf-tools';
import { SAMPLE_DEPARTMENT, sampleNotification, sampleRefusal } from './samples';

let notification: NotificationInput;
let refusal: RefusalInput;
beforeAll(async () => {
  const fonts = await loadFormFonts();
  notification = sampleNotification(fonts);
  refusal = sampleRefusal(fonts);
});

describe('notification of assignment', () => {
  it('prints the letterhead, outgoing number, addressee, service, amount, period and the head’s signature line', async () => {
    const file = writeTempPdf(await buildNotificationPdf(notification), 'notification');
    const text = pdfLayoutText(file);
    const flat = pdfFlatText(file);
    expect(text).toContain('Шығыс № / Исх. № 04-12/318');
    expect(text).toContain('Күні / Дата: 13.03.2026');
    expect(text).toContain('Өтемісова Гүлнәр Қайратқызы');
    expect(text).toContain('Хабарлама');
    expect(text).toContain('Уведомление');
    expect(collapseSpaces(flat)).toContain(`${SAMPLE_DEPARTMENT.kk} Сізге «${notification.service.kk}»`);
    expect(flat).toContain('тағайындалғандығы туралы хабарлайды');
    expect(flat).toContain(`уведомляет Вас о назначении помощи (пособия) по государственной услуге «${notification.service.ru}»`);
    expect(text).toMatch(/24\s750 теңге \/ 24\s750 тенге/);
    expect(text).toContain('01.03.2026 – 28.02.2027');
    expect(text).toContain('Бастық / Руководитель');
    expect(text).toContain('Құрманғалиев Е. Ж.');
    expect(text).toContain('Ғаббасова Ә. Ө.');
    const [png] = renderPng(file, 100);
    expect(inkShare(readPng(png))).toBeGreaterThan(0.01);
  });

  it('leaves out the amount and the period when the decision gives none', async () => {
    const { amount: _a, periodFrom: _f, periodTo: _t, ...plain } = notification;
    const text = pdfLayoutText(writeTempPdf(await buildNotificationPdf(plain), 'notification-plain'));
    expect(text).not.toContain('Мөлшері');
    expect(text).not.toContain('Период назначения');
  });

  it('refuses a negative amount, a half period and an impossible date', async () => {
    await expect(buildNotificationPdf({ ...notification, amount: -5 })).rejects.toThrow(/amount/);
    await expect(buildNotificationPdf({ ...notification, periodTo: undefined })).rejects.toThrow(/periodTo: a period needs both/);
    await expect(buildNotificationPdf({ ...notification, date: '2026-02-30' })).rejects.toThrow(/date: not a real date/);
  });
});

describe('reasoned refusal', () => {
  it('lists every reason in both languages with the appeal sentence and the head’s signature line', async () => {
    const file = writeTempPdf(await buildRefusalPdf(refusal), 'refusal');
    const flat = collapseSpaces(pdfFlatText(file));
    expect(flat).toContain('Дәлелді бас тарту');
    expect(flat).toContain('Мотивированный отказ');
    refusal.reasons.forEach((reason, i) => {
      expect(flat).toContain(`${i + 1}) ${reason.kk}`);
      expect(flat).toContain(`${i + 1}) ${reason.ru}`);
    });
    expect(flat).toContain('шағым жасауға болады');
    expect(flat).toContain('может быть обжаловано');
    expect(flat).toContain('Құрманғалиев Е. Ж.');
    const [png] = renderPng(file, 100);
    expect(inkShare(readPng(png))).toBeGreaterThan(0.01);
  });

  it('refuses a refusal without reasons', async () => {
    await expect(buildRefusalPdf({ ...refusal, reasons: [] })).rejects.toThrow('reasons: the list is empty');
  });
});
