// Names of the inspection act's choices and of the conclusions, shared by the
// commission's screens and its printed forms.
import type { ConclusionKind, SupersedeProblem } from '../commission/act';
import type { HOUSING_CONDITIONS, HOUSING_TYPES, OWNERSHIP_KINDS, UTILITIES } from '../commission/act';

type Names<K extends string> = Record<K, { kk: string; ru: string }>;

export const HOUSING_TYPE_NAMES: Names<(typeof HOUSING_TYPES)[number]> = {
  house: { kk: 'Жеке үй', ru: 'Частный дом' },
  flat: { kk: 'Пәтер', ru: 'Квартира' },
  dormitory: { kk: 'Жатақхана', ru: 'Общежитие' },
  other: { kk: 'Басқа', ru: 'Иное' },
};

export const OWNERSHIP_NAMES: Names<(typeof OWNERSHIP_KINDS)[number]> = {
  own: { kk: 'Меншікті', ru: 'Собственное' },
  rented: { kk: 'Жалға алынған', ru: 'Арендованное' },
  relatives: { kk: 'Туыстарының', ru: 'У родственников' },
  state: { kk: 'Мемлекеттік', ru: 'Государственное' },
  none: { kk: 'Тұрғын үйі жоқ', ru: 'Жилья нет' },
};

export const CONDITION_NAMES: Names<(typeof HOUSING_CONDITIONS)[number]> = {
  good: { kk: 'Жақсы', ru: 'Хорошее' },
  satisfactory: { kk: 'Қанағаттанарлық', ru: 'Удовлетворительное' },
  poor: { kk: 'Нашар', ru: 'Плохое' },
  dilapidated: { kk: 'Апатты', ru: 'Аварийное' },
};

export const UTILITY_NAMES: Names<(typeof UTILITIES)[number]> = {
  electricity: { kk: 'Электр', ru: 'Электричество' },
  gas: { kk: 'Газ', ru: 'Газ' },
  water: { kk: 'Су құбыры', ru: 'Водопровод' },
  sewerage: { kk: 'Кәріз', ru: 'Канализация' },
  heating: { kk: 'Орталық жылу', ru: 'Центральное отопление' },
  phone: { kk: 'Телефон', ru: 'Телефон' },
  internet: { kk: 'Интернет', ru: 'Интернет' },
};

export const CONCLUSION_NAMES: Names<ConclusionKind> = {
  needs: { kk: 'Көмекке мұқтаж', ru: 'Нуждается в помощи' },
  doesNotNeed: { kk: 'Көмекке мұқтаж емес', ru: 'Не нуждается в помощи' },
  confirmed: { kk: 'Жағдайлар расталды', ru: 'Условия подтверждены' },
  notConfirmed: { kk: 'Жағдайлар расталмады', ru: 'Условия не подтверждены' },
};

export const SUPERSEDE_PROBLEM_NAMES: Names<SupersedeProblem> = {
  mustSupersedeLatest: {
    kk: 'Жаңа акт қолданыстағы соңғы актінің орнына жасалуы керек',
    ru: 'Новый акт должен заменять последний действующий акт',
  },
  reasonRequired: { kk: 'Актіні ауыстыру себебін жазыңыз', ru: 'Укажите причину замены акта' },
  nothingToSupersede: { kk: 'Ауыстыратын акт жоқ', ru: 'Нет акта для замены' },
};
