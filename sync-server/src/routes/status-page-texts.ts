// The public status page's words in Kazakh and Russian (routes/status-page.ts).
// Both catalogues have the same keys (status-page.test.ts checks it).
import type { CaseStatus } from '../../../shared/case/fold';

export type StatusPageLanguage = 'kk' | 'ru';

export interface StatusPageTexts {
  title: string;
  service: string;
  status: string;
  resultDate: string;
  officeSynced: string;
  officeNeverSynced: string;
  syncNote: string;
  unknownTitle: string;
  unknownBody: string;
  tooManyTitle: string;
  tooManyBody: string;
  switchTo: string;
  statuses: Record<CaseStatus, string>;
}

export const STATUS_PAGE_TEXTS: Record<StatusPageLanguage, StatusPageTexts> = {
  kk: {
    title: 'Өтініштің жай-күйі',
    service: 'Қызмет',
    status: 'Жай-күйі',
    resultDate: 'Нәтижені алу күні',
    officeSynced: 'Әкімдік аппараты деректерді соңғы рет жіберген уақыт',
    officeNeverSynced: 'Әкімдік аппараты деректерді әлі жіберген жоқ',
    syncNote: 'Осы уақыттан кейінгі өзгерістер әкімдік аппараты келесі рет жібергенде көрінеді.',
    unknownTitle: 'Өтініш табылмады',
    unknownBody: 'Бұл код бойынша өтініш табылмады. Талондағы кодты тексеріңіз немесе әкімдік аппаратына хабарласыңыз.',
    tooManyTitle: 'Сұраулар тым көп',
    tooManyBody: 'Біраз уақыттан кейін қайталап көріңіз.',
    switchTo: 'Русский',
    statuses: {
      refusedAtIntake: 'Құжаттарды қабылдаудан бас тартылды',
      registered: 'Өтініш тіркелді',
      atCommission: 'Учаскелік комиссияда қаралуда',
      commissionConcluded: 'Комиссия қорытынды шығарды',
      relayed: 'Аудандық бөлімге жіберілді',
      atDistrict: 'Аудандық бөлімде қаралуда',
      returnedForRework: 'Пысықтауға қайтарылды',
      decided: 'Шешім қабылданды',
      resultReady: 'Нәтиже дайын, әкімдік аппаратынан алуға болады',
      handedOver: 'Нәтиже берілді',
    },
  },
  ru: {
    title: 'Статус заявления',
    service: 'Услуга',
    status: 'Статус',
    resultDate: 'Дата получения результата',
    officeSynced: 'Аппарат акима последний раз передал данные',
    officeNeverSynced: 'Аппарат акима ещё не передавал данные',
    syncNote: 'Изменения после этого времени будут видны, когда аппарат акима передаст данные в следующий раз.',
    unknownTitle: 'Заявление не найдено',
    unknownBody: 'По этому коду заявление не найдено. Проверьте код на талоне или обратитесь в аппарат акима.',
    tooManyTitle: 'Слишком много запросов',
    tooManyBody: 'Повторите попытку немного позже.',
    switchTo: 'Қазақша',
    statuses: {
      refusedAtIntake: 'В приёме документов отказано',
      registered: 'Заявление зарегистрировано',
      atCommission: 'Рассматривается участковой комиссией',
      commissionConcluded: 'Комиссия вынесла заключение',
      relayed: 'Направлено в районный отдел',
      atDistrict: 'Рассматривается в районном отделе',
      returnedForRework: 'Возвращено на доработку',
      decided: 'Решение принято',
      resultReady: 'Результат готов, его можно получить в аппарате акима',
      handedOver: 'Результат выдан',
    },
  },
};
