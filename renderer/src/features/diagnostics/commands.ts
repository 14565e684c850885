// The app's error reporting: window errors and unhandled rejections, and the
// error boundary's catches, go to the log (error-log.ts) of this host.
import { db } from '@renderer/db/database';
import { host } from '@renderer/host/host';
import type { RendererErrorEntry } from '@shared/host/bridge';
import { errorEntry, recordError } from './error-log';

export function logError(entry: RendererErrorEntry): Promise<void> {
  return recordError({ db, host }, entry);
}

/** Listens for uncaught errors; returns the function that stops listening. */
export function installErrorHandlers(target: Window = window, screen: () => string | undefined = () => undefined): () => void {
  const onError = (event: ErrorEvent) => void logError(errorEntry('error', event.error ?? event.message, screen()));
  const onRejection = (event: PromiseRejectionEvent) => void logError(errorEntry('unhandledrejection', event.reason, screen()));
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
