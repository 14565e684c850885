import { describe, expect, it } from 'vitest';
import { exportRows } from '@shared/export';
import { computeIndicators } from '@shared/quality';
import { indicatorColumns } from './export-columns';

const rows = computeIndicators(
  {
    cases: [
      {
        caseId: 'a',
        office: '0512',
        submittedDate: '2026-11-02',
        refusedAtIntake: false,
        resultDate: '2026-11-12',
        readyAt: '2026-11-10T10:00',
        servedAt: '2026-11-10T10:00',
        reworked: false,
      },
    ],
    surveys: [{ office: '0512', serviceId: 'x', date: '2026-11-10', answers: { courtesy: 'no' } }],
    complaints: [],
  },
  { from: '2026-11-01', to: '2026-11-30' },
);

describe('the indicators exported', () => {
  it('writes each indicator with its norm and value as percents, the counts and the verdict, in Russian', async () => {
    const file = await exportRows({ columns: indicatorColumns('ru'), rows, lang: 'ru', format: 'csv' });
    const lines = new TextDecoder()
      .decode(file.data)
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    expect(lines[0]).toContain('Числитель');
    expect(lines.find((l) => l.startsWith('1.1;'))).toMatch(/;98%;100%;1;1;соответствует$/);
    expect(lines.find((l) => l.startsWith('5.1;'))).toMatch(/;89%;0%;0;1;не соответствует$/);
    expect(lines.find((l) => l.startsWith('4.1;'))).toMatch(/;0,4%;0%;0;1;соответствует$/);
    expect(lines.find((l) => l.startsWith('3.3;'))).toMatch(/;47%;;;;программа не учитывает$/);
  });
});
