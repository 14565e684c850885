// Printed forms. Every builder is pure: fonts come in the input, a PDF comes out.
export * from './input';
export { FORM_TEXTS, formText, type FormTextKey } from './texts';
export { buildTalonPdf, talonQrContent, type TalonInput } from './talon';
export type { TalonExplanation } from './talon-explanation';
export { buildRefusalReceiptPdf, type RefusalReceiptInput } from './refusal-receipt';
export { buildConsentPdf, type ConsentInput, type IdDocument } from './consent';
export { buildIncomingRegisterPdf, type IncomingRegisterInput, type IncomingRegisterRow } from './incoming-register';
export { buildNotificationPdf, type NotificationInput } from './notification';
export { buildRefusalPdf, type RefusalInput } from './refusal';
export type { LetterInput } from './letter';
export { buildTsaCertificatePdf, type TsaCertificateInput, type TsaFamilyMember } from './tsa-certificate';
export { buildHandOverRegisterPdf, type HandOverRegisterInput, type HandOverRegisterRow } from './hand-over-register';
export { buildComplaintTalonPdf, type ComplaintTalonInput, type ComplaintAboutLine } from './complaint-talon';
export { buildComplaintAnswerPdf, type ComplaintAnswerInput } from './complaint-answer';
export { buildComplaintJournalPdf, type ComplaintJournalInput } from './complaint-journal';
