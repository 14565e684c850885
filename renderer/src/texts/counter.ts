// Texts of the counter's keyboard-first fields (issue 14): the typed date, the
// service list's keys and the returning citizen's details.
export const counterKk = {
  datePlaceholder: 'кк.аа.жжжж',
  dateIncomplete: 'Күнді кк.аа.жжжж түрінде жазыңыз, мысалы 01.02.2026',
  dateImpossible: 'Мұндай күн жоқ: күнін, айын және жылын тексеріңіз',
  serviceKeys: '↑ ↓ — қызметті таңдау, Enter — бекіту',
  returningOffer: 'Бұл ЖСН бойынша {date} күнгі {number} ісі бар: {surname} {name}.',
  returningFill: 'Соңғы істен толтыру (Enter)',
  returningFilled: 'Аты-жөні, мекенжайы, телефоны және отбасы {number} ісінен алынды — тексеріңіз.',
} as const;

export const counterRu: { readonly [K in keyof typeof counterKk]: string } = {
  datePlaceholder: 'дд.мм.гггг',
  dateIncomplete: 'Введите дату в виде дд.мм.гггг, например 01.02.2026',
  dateImpossible: 'Такой даты нет: проверьте день, месяц и год',
  serviceKeys: '↑ ↓ — выбор услуги, Enter — подтвердить',
  returningOffer: 'По этому ИИН есть дело {number} от {date}: {surname} {name}.',
  returningFill: 'Заполнить из последнего дела (Enter)',
  returningFilled: 'ФИО, адрес, телефон и семья взяты из дела {number} — проверьте.',
};
