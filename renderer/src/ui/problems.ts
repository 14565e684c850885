// Words for the problems that screens show.
import { IIN_FAILURE_NAMES, REJECTION_NAMES } from '@shared/i18n/domain';
import type { LanguageApi } from '@renderer/i18n/language';
import type { FieldProblem } from './form-problems';
import { InvalidEvent, RejectedWrite } from '@renderer/db/case-store';
import { classifyStorageError, type StorageProblem } from '@renderer/db/storage-errors';
import type { TextKey } from '@renderer/texts';

/** A problem of a form field (ui/form-problems.ts) in the current language. */
export function problemText(problem: FieldProblem<TextKey> | undefined, i18n: LanguageApi): string | null {
  if (!problem) return null;
  return 'iin' in problem ? IIN_FAILURE_NAMES[problem.iin][i18n.lang] : i18n.t(problem.text, problem.params);
}

export const STORAGE_TEXT: Record<StorageProblem, TextKey> = {
  quota: 'common.storageQuota',
  blocked: 'common.storageBlocked',
  versionchange: 'common.storageVersionChange',
  other: 'common.storageOther',
};

/** A failed write in words: a rule of the case, a bad value, or the storage. */
export function writeErrorText(error: unknown, i18n: LanguageApi): string {
  if (error instanceof RejectedWrite) return i18n.t('common.rejected', { reason: REJECTION_NAMES[error.code][i18n.lang] });
  if (error instanceof InvalidEvent) return i18n.t('common.invalidData', { field: error.field, message: error.message });
  return i18n.t(STORAGE_TEXT[classifyStorageError(error)]);
}
