// The answer of the TSA certificate issued on the spot: what the printed
// certificate says, recorded with the hand-over so the case page can show it
// and print it again as a duplicate.
import type { CaseEventOf, CaseState, CertificateAnswer } from '@shared/case';

/** The family members the certificate lists: the family registered with the application. */
export function certificateFamily(state: CaseState): CertificateAnswer['family'] {
  return (state.registered?.family ?? []).map((m) => ({
    fullName: [m.surname, m.name, m.patronymic].filter(Boolean).join(' '),
    relation: m.relation,
    iin: m.iin,
  }));
}

export function certificateAnswer(
  state: CaseState,
  choice: { receives: boolean; year: number; quarter: 1 | 2 | 3 | 4; signer: string },
): CertificateAnswer {
  return {
    receives: choice.receives,
    year: choice.year,
    quarter: choice.quarter,
    family: certificateFamily(state),
    signer: choice.signer.trim() || undefined,
  };
}

/** The hand-over of a certificate with its recorded answer, when the case has one. */
export function issuedCertificate(state: CaseState): { at: string; answer: CertificateAnswer } | undefined {
  const handed = [...state.events].reverse().find((e): e is CaseEventOf<'handedOver'> => e.type === 'handedOver');
  const answer = handed?.payload.certificate;
  return handed && answer ? { at: handed.at, answer } : undefined;
}
