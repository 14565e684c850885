// Routes of the complaints journal: #/complaints, #/complaints/new, #/complaints/<id>.
export type ComplaintsRoute = { screen: 'complaints'; view?: 'new' | 'item'; id?: string };

export function parseComplaintsRoute(hash: string): ComplaintsRoute {
  const [, arg] = hash.replace(/^#\/?/, '').split('/');
  if (arg === 'new') return { screen: 'complaints', view: 'new' };
  if (arg) return { screen: 'complaints', view: 'item', id: decodeURIComponent(arg) };
  return { screen: 'complaints' };
}

export function complaintsHash(route: ComplaintsRoute): string {
  if (route.view === 'new') return '#/complaints/new';
  if (route.view === 'item' && route.id) return `#/complaints/${encodeURIComponent(route.id)}`;
  return '#/complaints';
}
