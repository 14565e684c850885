// Hash routes (they work from file:// in Electron as well as over http).
import { useEffect, useState } from 'react';
import { commissionHash, parseCommissionRoute, type CommissionRoute } from '@renderer/features/commission/route';
import { complaintsHash, parseComplaintsRoute, type ComplaintsRoute } from '@renderer/features/complaints/route';

export type Route =
  | { screen: 'today' }
  | { screen: 'new' }
  | { screen: 'search'; query?: string }
  | { screen: 'register' }
  | { screen: 'staff' }
  | { screen: 'sync' }
  | { screen: 'settings' }
  | { screen: 'inbox' }
  | { screen: 'handover' }
  | { screen: 'quality' }
  | { screen: 'stats' }
  | { screen: 'case'; caseId: string }
  | CommissionRoute
  | ComplaintsRoute;

export function parseRoute(hash: string): Route {
  const [screen, arg] = hash.replace(/^#\/?/, '').split('/');
  switch (screen) {
    case 'new':
      return { screen: 'new' };
    case 'search':
      return { screen: 'search', query: arg ? decodeURIComponent(arg) : undefined };
    case 'register':
      return { screen: 'register' };
    case 'staff':
      return { screen: 'staff' };
    case 'sync':
      return { screen: 'sync' };
    case 'settings':
      return { screen: 'settings' };
    case 'inbox':
      return { screen: 'inbox' };
    case 'handover':
      return { screen: 'handover' };
    case 'quality':
      return { screen: 'quality' };
    case 'stats':
      return { screen: 'stats' };
    case 'case':
      return arg ? { screen: 'case', caseId: arg } : { screen: 'today' };
    case 'commission':
      return parseCommissionRoute(hash);
    case 'complaints':
      return parseComplaintsRoute(hash);
    default:
      return { screen: 'today' };
  }
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'case':
      return `#/case/${route.caseId}`;
    case 'search':
      return route.query ? `#/search/${encodeURIComponent(route.query)}` : '#/search';
    case 'commission':
      return commissionHash(route);
    case 'complaints':
      return complaintsHash(route);
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
