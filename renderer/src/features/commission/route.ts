// Routes of the commission screens: #/commission, #/commission/session/<id>,
// #/commission/case/<caseId>.
export type CommissionRoute = { screen: 'commission'; view?: 'session' | 'case'; id?: string };

export function parseCommissionRoute(hash: string): CommissionRoute {
  const [, view, id] = hash.replace(/^#\/?/, '').split('/');
  if ((view === 'session' || view === 'case') && id) return { screen: 'commission', view, id: decodeURIComponent(id) };
  return { screen: 'commission' };
}

export function commissionHash(route: CommissionRoute): string {
  return route.view && route.id ? `#/commission/${route.view}/${encodeURIComponent(route.id)}` : '#/commission';
}
