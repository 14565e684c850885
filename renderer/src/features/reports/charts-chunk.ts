// The statistics' chart code (recharts, about a megabyte before minifying) is a
// chunk of its own. It is fetched and compiled in the first idle moment after
// sign-in, so the first open of Statistics waits only for its figures.
import { useEffect } from 'react';
import { whenIdle } from '@renderer/ui/when-idle';

type ChartsModule = typeof import('./Charts');
let loaded: ChartsModule['default'] | undefined;

/** The module system keeps the one load: every call after the first answers at once. */
export const loadCharts = (): Promise<{ default: ChartsModule['default'] }> =>
  import('./Charts').then((module) => {
    loaded = module.default;
    return module;
  });

/**
 * The charts once their code is here. Drawn directly, not through `lazy`: React holds back what a
 * Suspense boundary reveals by up to 300 ms, which the first open would otherwise wait for.
 */
export const loadedCharts = () => loaded;

export function usePrefetchCharts(signedIn: boolean): void {
  useEffect(() => (signedIn ? whenIdle(() => void loadCharts(), 10_000) : undefined), [signedIn]);
}
