import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsvText } from './csv';
import { exportRows } from './export';
import { type ExportColumn, exportFileName, sheetName } from './table';

interface Row {
  number: string;
  name: string;
  iin: string;
  registeredAt: string;
  resultDate?: string;
  days: number;
  share: number;
}

const COLUMNS: ExportColumn<Row>[] = [
  { head: { kk: 'Нөмірі', ru: 'Номер' }, value: (r) => r.number },
  { head: { kk: 'Өтініш беруші', ru: 'Заявитель' }, value: (r) => r.name },
  { head: { kk: 'ЖСН', ru: 'ИИН' }, value: (r) => r.iin },
  { head: { kk: 'Тіркелген уақыты', ru: 'Время регистрации' }, value: (r) => r.registeredAt, type: 'moment' },
  { head: { kk: 'Нәтиже күні', ru: 'Дата результата' }, value: (r) => r.resultDate, type: 'date' },
  { head: { kk: 'Жұмыс күндері', ru: 'Рабочие дни' }, value: (r) => r.days, type: 'number' },
  { head: { kk: 'Үлесі', ru: 'Доля' }, value: (r) => r.share, type: 'percent' },
];

const ROWS: Row[] = [
  {
    number: 'A01-26/0001',
    name: 'Өтемісова Әйгерім Ұлықбекқызы',
    iin: '020304500123',
    registeredAt: '2026-02-02T10:05',
    resultDate: '2026-02-06',
    days: 3.5,
    share: 0.85,
  },
  { number: 'A01-26/0002', name: 'Иванов; "Пётр"\nСергеевич', iin: '900101300456', registeredAt: '2026-02-03T09:00', days: 2, share: 1 },
];

describe('CSV export', () => {
  it('starts with the UTF-8 byte order mark, separates by ";" and keeps Kazakh letters as UTF-8', async () => {
    const file = await exportRows({ columns: COLUMNS, rows: ROWS, lang: 'kk', format: 'csv' });
    expect(file.mime).toBe('text/csv');
    expect([...file.data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.data);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Нөмірі;Өтініш беруші;ЖСН;Тіркелген уақыты;Нәтиже күні;Жұмыс күндері;Үлесі');
    expect(lines[1]).toBe('A01-26/0001;Өтемісова Әйгерім Ұлықбекқызы;"=""020304500123""";02.02.2026 10:05;06.02.2026;3,5;85%');
    // A separator, quotes and a line break inside a value are quoted; an empty date stays empty.
    expect(lines[2]).toBe('A01-26/0002;"Иванов; ""Пётр""\nСергеевич";"=""900101300456""";03.02.2026 09:00;;2;100%');
    expect(lines[3]).toBe('');
    expect(text).toContain('ә');
  });

  it('writes the Russian heads when asked', () => {
    expect(toCsvText({ columns: COLUMNS, rows: [], lang: 'ru' }).split('\r\n')[0]).toBe(
      '\uFEFFНомер;Заявитель;ИИН;Время регистрации;Дата результата;Рабочие дни;Доля',
    );
  });

  it('never lets a text become a formula, and keeps short numbers as they are', () => {
    expect(csvCell('text', '=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('text', '-5')).toBe("'-5");
    expect(csvCell('text', '42')).toBe('42');
    expect(csvCell('number', Number.NaN)).toBe('');
    expect(csvCell('text', undefined)).toBe('');
  });
});

describe('XLSX export', () => {
  it('reads back with typed cells: texts, numbers, dates and percents, the head in the chosen language', async () => {
    const file = await exportRows({ columns: COLUMNS, rows: ROWS, lang: 'ru', format: 'xlsx', sheet: 'Журнал: февраль/2026' });
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.data as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Журнал  февраль 2026');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Номер',
      'Заявитель',
      'ИИН',
      'Время регистрации',
      'Дата результата',
      'Рабочие дни',
      'Доля',
    ]);
    const first = sheet.getRow(2);
    expect(first.getCell(2).value).toBe('Өтемісова Әйгерім Ұлықбекқызы');
    expect(first.getCell(3).value).toBe('020304500123');
    expect(first.getCell(4).value).toEqual(new Date(Date.UTC(2026, 1, 2, 10, 5)));
    expect(first.getCell(4).numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(first.getCell(5).value).toEqual(new Date(Date.UTC(2026, 1, 6)));
    expect(first.getCell(6).value).toBe(3.5);
    expect(first.getCell(7).value).toBe(0.85);
    expect(first.getCell(7).numFmt).toBe('0.0%');
    expect(sheet.getRow(3).getCell(2).value).toBe('Иванов; "Пётр"\nСергеевич');
    expect(sheet.getRow(3).getCell(5).value).toBeNull();
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });
});

describe('names', () => {
  it('gives sheet and file names Excel and file systems accept, keeping Kazakh letters', () => {
    expect(sheetName('')).toBe('Sheet1');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(exportFileName('Кіріс журналы 2026-02-01 — 2026-02-28', 'xlsx')).toBe('Кіріс-журналы-2026-02-01-2026-02-28.xlsx');
    expect(exportFileName('///', 'csv')).toBe('export.csv');
  });
});
