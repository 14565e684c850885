// The application form as the clerk fills it: plain strings, so it can be
// saved as a draft at any moment and checked as a whole.
export interface PresentedMark {
  original: boolean;
  copy: boolean;
}

export interface FamilyMemberForm {
  iin: string;
  surname: string;
  name: string;
  patronymic: string;
  relation: string;
}

export interface IntakeForm {
  entryId: string;
  /** The entry's branch chosen at intake (documents complete or missing, route…); '' = none or the entry's default. */
  branch: string;
  iin: string;
  surname: string;
  name: string;
  patronymic: string;
  idNumber: string;
  idIssuer: string;
  idDate: string;
  address: string;
  phone: string;
  represented: boolean;
  repFullName: string;
  repIin: string;
  poaNumber: string;
  poaDate: string;
  poaNotary: string;
  family: FamilyMemberForm[];
  documents: Record<string, PresentedMark>;
  consentSigned: boolean;
  duplicateConfirmed: boolean;
}

export function emptyForm(): IntakeForm {
  return {
    entryId: '',
    branch: '',
    iin: '',
    surname: '',
    name: '',
    patronymic: '',
    idNumber: '',
    idIssuer: '',
    idDate: '',
    address: '',
    phone: '',
    represented: false,
    repFullName: '',
    repIin: '',
    poaNumber: '',
    poaDate: '',
    poaNotary: '',
    family: [],
    documents: {},
    consentSigned: false,
    duplicateConfirmed: false,
  };
}

export function emptyFamilyMember(): FamilyMemberForm {
  return { iin: '', surname: '', name: '', patronymic: '', relation: '' };
}
