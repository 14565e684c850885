// The one place that decides which host the renderer runs in.
import type { HostBridge } from '@shared/host/bridge';
import { browserHost } from './browser-host';

export const host: HostBridge = (typeof window !== 'undefined' && window.akimatHost) || browserHost;
