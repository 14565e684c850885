// The printed forms by name, as the printers section lists them.
import type { FormKind } from '@shared/host/bridge';
import type { TextKey } from '@renderer/texts';

export const FORM_TEXT: Record<FormKind, TextKey> = {
  talon: 'common.talon',
  refusalReceipt: 'common.refusalReceipt',
  consent: 'common.consent',
  register: 'common.incomingRegister',
  commissionAct: 'common.inspectionAct',
  conclusion: 'settings.formConclusion',
  protocol: 'settings.formProtocol',
  agenda: 'common.agenda',
  notification: 'settings.formNotification',
  refusal: 'settings.formRefusal',
  certificate: 'settings.formCertificate',
  handOverRegister: 'common.handOverRegister',
  monthlyReport: 'quality.nav',
  complaintTalon: 'complaints.formTalon',
  complaintAnswer: 'complaints.formAnswer',
  complaintJournal: 'complaints.journalTitle',
  relayLetter: 'relayBulk.coverLetter',
  relayRegister: 'relayBulk.register',
};
