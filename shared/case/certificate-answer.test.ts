// The TSA certificate's answer rides on the handedOver event, optionally: old
// events without it stay valid, a wrong answer is refused field by field.
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../testing/case-events';
import { validateEvent, type CertificateAnswer } from './events';

const answer: CertificateAnswer = {
  receives: true,
  year: 2026,
  quarter: 4,
  family: [{ fullName: 'Өтемісова Айару', relation: 'қызы', iin: '150101600123' }],
  signer: 'Әбенов Ғалым',
};

describe('the certificate answer on handedOver', () => {
  const src = { caseId: crypto.randomUUID() };
  it('is kept as given, and an event without it is still valid', () => {
    const withAnswer = validateEvent(
      makeEvent(src, 'handedOver', { receivedBy: 'Өтемісова Г.', result: 'certificate', certificate: answer }),
    );
    expect(withAnswer.ok && withAnswer.event.payload).toEqual({ receivedBy: 'Өтемісова Г.', result: 'certificate', certificate: answer });
    expect(validateEvent(makeEvent(src, 'handedOver', { receivedBy: 'Өтемісова Г.', result: 'certificate' })).ok).toBe(true);
  });
  it('refuses a quarter past 4, a year that is not one, an IIN that is not 12 digits', () => {
    for (const [bad, field] of [
      [{ ...answer, quarter: 5 }, 'quarter'],
      [{ ...answer, year: 26 }, 'year'],
      [{ ...answer, family: [{ fullName: 'Айару', iin: '1501' }] }, 'iin'],
    ] as const) {
      const result = validateEvent(
        makeEvent(src, 'handedOver', {
          receivedBy: 'Өтемісова Г.',
          result: 'certificate',
          certificate: bad as unknown as CertificateAnswer,
        }),
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.field).toContain(field);
    }
  });
});
