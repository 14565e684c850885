// The domain tests' applicant as the application form's fields, for the db
// fixtures and the e2e tests that type it in.
import { testApplicant } from '@shared/testing/case-events';

export const APPLICANT_FIELDS = {
  iin: testApplicant.iin,
  surname: testApplicant.surname,
  name: testApplicant.name,
  patronymic: testApplicant.patronymic,
  idNumber: testApplicant.idDocument.number,
  idIssuer: testApplicant.idDocument.issuer,
  idDate: testApplicant.idDocument.date,
  address: testApplicant.address,
  phone: testApplicant.phone,
};
