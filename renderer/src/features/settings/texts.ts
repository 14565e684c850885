// Phase-1 adapter: the old settings dictionary, now texts of the one catalogue (renderer/src/texts).
// The screens move to t('namespace.key'); then this file goes.
import type { FormKind } from '@shared/host/bridge';
import type { TextKey as NewTextKey } from '@renderer/texts';
import { legacyDictionaries, legacyTranslator } from '@renderer/texts/legacy';
import { useLanguage } from '@renderer/i18n/language';

const KEYS = {
  formRegister: 'common.incomingRegister',
  backupColDate: 'common.date',
  formTalon: 'common.talon',
  formConsent: 'common.consent',
  formRefusalReceipt: 'common.refusalReceipt',
  formAgenda: 'common.agenda',
  formHandOverRegister: 'common.handOverRegister',
  formCommissionAct: 'common.inspectionAct',
  navSettings: 'settings.title',
  settingsTitle: 'settings.title',
  backupTitle: 'settings.backupTitle',
  backupIntroElectron: 'settings.backupIntroElectron',
  backupIntroBrowser: 'settings.backupIntroBrowser',
  backupNow: 'settings.backupNow',
  backupDownload: 'settings.backupDownload',
  backupWorking: 'settings.backupWorking',
  backupDone: 'settings.backupDone',
  backupDownloaded: 'settings.backupDownloaded',
  backupFolder: 'settings.backupFolder',
  backupFolderUnknown: 'settings.backupFolderUnknown',
  backupChooseFolder: 'settings.backupChooseFolder',
  backupList: 'settings.backupList',
  backupListEmpty: 'settings.backupListEmpty',
  backupColVersion: 'settings.backupColVersion',
  backupColFiles: 'settings.backupColFiles',
  backupColSize: 'settings.backupColSize',
  backupLast: 'settings.backupLast',
  backupLastFailed: 'settings.backupLastFailed',
  backupNoFolder: 'settings.backupNoFolder',
  backupFailed: 'settings.backupFailed',
  restoreTitle: 'settings.restoreTitle',
  restoreWarning: 'settings.restoreWarning',
  restoreButton: 'settings.restoreButton',
  restoreFromFile: 'settings.restoreFromFile',
  restoreChooseFile: 'settings.restoreChooseFile',
  restoreWorking: 'settings.restoreWorking',
  restoreDone: 'settings.restoreDone',
  restoreUnsynced: 'settings.restoreUnsynced',
  restoreConfirmUnsynced: 'settings.restoreConfirmUnsynced',
  restoreNotBackup: 'settings.restoreNotBackup',
  restoreNewer: 'settings.restoreNewer',
  restoreCorrupted: 'settings.restoreCorrupted',
  restoreFailed: 'settings.restoreFailed',
  restoreHostNotFound: 'settings.restoreHostNotFound',
  restoreHostCorrupted: 'settings.restoreHostCorrupted',
  restoreFirstRun: 'settings.restoreFirstRun',
  printersTitle: 'settings.printersTitle',
  printersBrowser: 'settings.printersBrowser',
  printersNone: 'settings.printersNone',
  printersDefault: 'settings.printersDefault',
  printersForm: 'settings.printersForm',
  printersChosen: 'settings.printersChosen',
  printersAsk: 'settings.printersAsk',
  printersRemembered: 'settings.printersRemembered',
  printersChooseFailed: 'settings.printersChooseFailed',
  formConclusion: 'settings.formConclusion',
  formProtocol: 'settings.formProtocol',
  formNotification: 'settings.formNotification',
  formRefusal: 'settings.formRefusal',
  formCertificate: 'settings.formCertificate',
  printNoPrinter: 'settings.printNoPrinter',
  printOffline: 'settings.printOffline',
  printCancelled: 'settings.printCancelled',
  printFailedOther: 'common.printFailedOther',
  printRetry: 'print.printRetry',
  printPreview: 'print.printPreview',
  staffAkimOnly: 'staff.staffAkimOnly',
  sizeKb: 'settings.sizeKb',
  sizeMb: 'settings.sizeMb',
} as const satisfies Record<string, NewTextKey>;

export type SettingsTextKey = keyof typeof KEYS;
export const SETTINGS_DICTIONARIES = legacyDictionaries<SettingsTextKey>(KEYS);
export const settingsText = legacyTranslator<SettingsTextKey>(KEYS);

export const FORM_TEXT: Record<FormKind, SettingsTextKey> = {
  talon: 'formTalon',
  refusalReceipt: 'formRefusalReceipt',
  consent: 'formConsent',
  register: 'formRegister',
  commissionAct: 'formCommissionAct',
  conclusion: 'formConclusion',
  protocol: 'formProtocol',
  agenda: 'formAgenda',
  notification: 'formNotification',
  refusal: 'formRefusal',
  certificate: 'formCertificate',
  handOverRegister: 'formHandOverRegister',
};

/** The settings texts in the current language. */
export function useSettingsText(): (key: SettingsTextKey, params?: Record<string, string | number>) => string {
  const { lang } = useLanguage();
  return (key, params) => settingsText(lang, key, params);
}

export { sizeText } from './size-text';
