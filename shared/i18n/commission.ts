// Names for the precinct commission's rules, shared by its screens and forms.
import type { AdoptionRefusal, MemberRole, QuorumResult } from '../commission/commission';
import type { IncomeCategory, IncomeProblem } from '../commission/income';
import type { ThresholdBasisKind } from '../commission/thresholds';

type Names<K extends string> = Record<K, { kk: string; ru: string }>;

export const MEMBER_ROLE_NAMES: Names<MemberRole> = {
  chair: { kk: 'Төраға', ru: 'Председатель' },
  deputyChair: { kk: 'Төрағаның орынбасары', ru: 'Заместитель председателя' },
  secretary: { kk: 'Хатшы', ru: 'Секретарь' },
  member: { kk: 'Мүше', ru: 'Член комиссии' },
};

export const QUORUM_FAILURE_NAMES: Names<Extract<QuorumResult, { ok: false }>['reason']> = {
  noMembers: { kk: 'Осы күні комиссияның құрамы жоқ', ru: 'На эту дату у комиссии нет состава' },
  notEnough: { kk: 'Мүшелердің жартысынан көбі қатысуы керек', ru: 'Должно присутствовать более половины членов' },
  noChair: { kk: 'Төраға немесе оның орынбасары қатысуы керек', ru: 'Должен присутствовать председатель или его заместитель' },
  notAMember: { kk: 'Қатысушылардың бірі осы күні комиссия мүшесі емес', ru: 'Один из присутствующих на эту дату не член комиссии' },
};

export const ADOPTION_REFUSAL_NAMES: Names<AdoptionRefusal['reason']> = {
  noQuorum: { kk: 'Қорытынды кворумсыз қабылданбайды', ru: 'Заключение не принимается без кворума' },
  noAct: { kk: 'Алдымен тұрмыстық жағдайды тексеру актісі керек', ru: 'Сначала нужен акт обследования жилищно-бытовых условий' },
  notMember: {
    kk: 'Қорытындыны тек отырысқа қатысқан комиссия мүшесі қабылдайды',
    ru: 'Заключение принимает только присутствующий член комиссии',
  },
  unsigned: {
    kk: 'Қатысқан мүшелердің бәрі қол қоюы немесе ерекше пікір білдіруі керек',
    ru: 'Все присутствующие члены должны подписать или выразить особое мнение',
  },
  dissentWithoutOpinion: { kk: 'Ерекше пікірдің мәтінін жазыңыз', ru: 'Впишите текст особого мнения' },
  noMajority: { kk: 'Қорытындыны көпшілік дауыс қолдамады', ru: 'Заключение не поддержано большинством' },
};

export const INCOME_CATEGORY_NAMES: Names<IncomeCategory> = {
  wages: { kk: 'Жалақы', ru: 'Заработная плата' },
  selfEmployment: { kk: 'Кәсіпкерлік табыс', ru: 'Доход от предпринимательства' },
  pension: { kk: 'Зейнетақы', ru: 'Пенсия' },
  benefits: { kk: 'Жәрдемақылар', ru: 'Пособия' },
  alimony: { kk: 'Алимент', ru: 'Алименты' },
  farming: { kk: 'Қосалқы шаруашылықтан табыс', ru: 'Доход от подсобного хозяйства' },
  property: { kk: 'Мүліктен табыс', ru: 'Доход от имущества' },
  other: { kk: 'Басқа табыс', ru: 'Прочие доходы' },
};

export const INCOME_PROBLEM_NAMES: Names<IncomeProblem['code']> = {
  emptyFamily: { kk: 'Отбасы құрамы бос', ru: 'Состав семьи пуст' },
  noMonths: { kk: 'Табыс кезеңі көрсетілмеген', ru: 'Не указан период дохода' },
  badMonth: { kk: 'Ай дұрыс емес (ЖЖЖЖ-АА)', ru: 'Неверный месяц (ГГГГ-ММ)' },
  outsidePeriod: { kk: 'Табыс есептеу кезеңінен тыс', ru: 'Доход вне расчётного периода' },
  notInFamily: { kk: 'Табыс отбасы құрамында жоқ адамға жазылған', ru: 'Доход записан на человека не из состава семьи' },
  badAmount: { kk: 'Сома теріс емес, тиынға дейін болуы керек', ru: 'Сумма должна быть неотрицательной, с точностью до тиына' },
};

export const THRESHOLD_BASIS_KIND_NAMES: Names<ThresholdBasisKind> = {
  subsistenceMinimumShare: { kk: 'Ең төменгі күнкөріс деңгейінің үлесі', ru: 'Доля прожиточного минимума' },
  foodBasket: { kk: 'Азық-түлік себетінің құны', ru: 'Стоимость продовольственной корзины' },
  maslikhatDecision: { kk: 'Мәслихат шешімі', ru: 'Решение маслихата' },
};

export const THRESHOLD_TEXTS = {
  noThresholdInForce: {
    kk: 'Осы өңір мен күнге шекті мөлшер ({basis}) күшінде емес: қорытындыны тек «шекті мөлшер күшінде жоқ» деп анық белгілеп, себебін жазып қабылдауға болады',
    ru: 'Для этого региона и даты порог ({basis}) не действует: заключение можно принять, только явно отметив «порог не действует» и указав причину',
  },
  noThresholdChoice: { kk: 'Шекті мөлшер күшінде жоқ', ru: 'Порог не действует' },
  noThresholdReason: { kk: 'Себебі', ru: 'Причина' },
  thresholdSource: { kk: 'Негізі мен дереккөзі', ru: 'Основание и источник' },
} as const satisfies Record<string, { kk: string; ru: string }>;
