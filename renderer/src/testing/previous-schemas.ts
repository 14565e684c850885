// The stores earlier builds declared, to make the databases they left behind
// and open them with this build (the upgrade tests).
const CASES_V1 = 'id, number, shortCode, iin, surnameKey, status, openDue, [status+openDue], registeredDate, [iin+entryId]';

/** Version 4: case summaries without search fields. */
export const STORES_V4 = {
  events: 'id, caseId',
  outbox: 'eventId, state',
  cases: CASES_V1,
  meta: 'key',
  users: 'id, name',
  settings: 'key',
  drafts: 'id, userId',
  attachments: 'id, caseId, sha256',
  syncState: 'key',
  uploads: 'sha256, state',
  pulled: 'eventId, caseId',
  commissions: 'id, officeCode',
  commissionSessions: 'id, commissionId, date',
  publications: 'serverSeq, kind',
};

/** Version 7: the last before staff and the commission became events of the unit's stream. */
export const STORES_V7 = { ...STORES_V4, cases: `${CASES_V1}, *nameWords, *serviceWords, *iins`, errorLog: '++id' };

/** Version 12: the statistics' day records without what the quality indicators read; the last with a multi-entry index of every case's service words (14 finds them through the catalog). */
export const STORES_V12 = {
  ...STORES_V7,
  events: 'id, caseId, [type+at]',
  cases: 'id, number, shortCode, iin, status, openDue, [status+openDue], registeredDate, *nameWords, *serviceWords, *iins, *namePairs',
  pulled: 'eventId',
  complaints: 'id, registeredDate, dueDate, [open+dueDate], unitCode',
  statsDays: 'day',
};
