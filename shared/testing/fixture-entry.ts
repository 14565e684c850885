// A small catalog entry for unit tests of the engine: the akim channel of a
// child-benefit-like service with a precinct commission, and a provider channel
// with two branches. Real entries are tested in shared/catalog.
import { CatalogEntry, type CatalogEntryInput } from '../catalog/schema';

const min = (amount: number) => ({ amount, unit: 'minutes' as const, asWritten: `${amount} минуттан аспайды` });
const wd = (amount: number) => ({ amount, unit: 'workingDays' as const, asWritten: `${amount} жұмыс күні ішінде` });
const say = (kk: string, ru: string) => ({ kk, ru });

export const fixtureInput: CatalogEntryInput = {
  id: 'test-1-2026/child-benefit-under-18',
  service: 'child-benefit-under-18',
  act: {
    id: 'test-1-2026',
    kind: 'regulation',
    issuer: say('Сынақ', 'Тест'),
    region: 'test',
    number: '1',
    date: '2026-01-01',
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    repealedBy: null,
    seed: '000',
  },
  title: say(
    'Он сегіз жасқа дейінгі балаларға мемлекеттік жәрдемақы тағайындау',
    'Назначение государственного пособия на детей до восемнадцати лет',
  ),
  provider: say('Бөлім', 'Отдел'),
  branches: [
    { id: 'normal', title: say('Қалыпты', 'Обычный') },
    { id: 'documents-missing', title: say('Құжаттар жоқ', 'Документы отсутствуют') },
  ],
  channels: [
    {
      channel: 'akim',
      steps: [
        { id: 'submit', actor: 'applicant', action: say('тапсырады', 'подаёт'), duration: null, source: 't' },
        { id: 'register', actor: 'akim', action: say('тіркейді', 'регистрирует'), duration: min(15), milestone: 'accept', source: 't' },
        {
          id: 'to-commission',
          actor: 'akim',
          action: say('жібереді', 'направляет'),
          duration: wd(2),
          milestone: 'sendToCommission',
          source: 't',
        },
        {
          id: 'conclusion',
          actor: 'precinctCommission',
          action: say('қорытынды', 'заключение'),
          duration: wd(3),
          milestone: 'commissionConclusion',
          source: 't',
        },
        { id: 'relay', actor: 'akim', action: say('жібереді', 'направляет'), duration: wd(7), milestone: 'relay', source: 't' },
        {
          id: 'dept-register',
          actor: 'deptOfficeClerk',
          action: say('тіркейді', 'регистрирует'),
          duration: min(15),
          milestone: 'districtRegister',
          source: 't',
        },
        {
          id: 'dept-head',
          actor: 'deptHead',
          action: say('қарайды', 'рассматривает'),
          duration: min(15),
          milestone: 'districtAssign',
          source: 't',
        },
        {
          id: 'dept-exec',
          actor: 'deptExecutor',
          action: say('дайындайды', 'готовит'),
          duration: wd(1),
          milestone: 'districtExamine',
          source: 't',
        },
        {
          id: 'dept-sign',
          actor: 'deptHead',
          action: say('қол қояды', 'подписывает'),
          duration: min(15),
          milestone: 'districtSign',
          source: 't',
        },
        {
          id: 'dept-return',
          actor: 'deptOfficeClerk',
          action: say('жібереді', 'направляет'),
          duration: wd(1),
          milestone: 'districtReturn',
          source: 't',
        },
        { id: 'hand-over', actor: 'akim', action: say('береді', 'выдаёт'), duration: min(15), milestone: 'handOver', source: 't' },
      ],
    },
    {
      channel: 'provider',
      steps: [
        { id: 'register', actor: 'deptOfficeClerk', action: say('тіркейді', 'регистрирует'), duration: min(15), source: 't' },
        { id: 'exec', actor: 'deptExecutor', action: say('қарайды', 'рассматривает'), duration: wd(5), source: 't' },
        {
          id: 'income',
          actor: 'deptExecutor',
          action: say('табыс', 'доход'),
          duration: wd(3),
          branches: ['documents-missing'],
          source: 't',
        },
        {
          id: 'special',
          actor: 'specialCommission',
          action: say('арнайы комиссия', 'спецкомиссия'),
          duration: { amount: 2, unit: 'hours', asWritten: '2 сағат' },
          branches: ['documents-missing'],
          source: 't',
        },
        {
          id: 'notify-centre',
          actor: 'pscWorker',
          action: say('хабарлайды', 'уведомляет'),
          duration: wd(1),
          countsTowardTerm: false,
          source: 't',
        },
        { id: 'issue', actor: 'deptExecutor', action: say('береді', 'выдаёт'), duration: min(20), source: 't' },
      ],
    },
  ],
  statedTerms: [{ id: 'overall', channel: 'provider', label: say('Жалпы мерзім', 'Общий срок'), duration: wd(30), source: 't' }],
  results: ['notification', 'refusal'],
  commissions: ['precinct'],
  familyBased: true,
  consentAtAkim: true,
  source: 'test',
};

export const fixtureEntry: CatalogEntry = CatalogEntry.parse(fixtureInput);
