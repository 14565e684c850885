// The Content-Security-Policy of the app window. Scripts only from the app
// itself; no eval, no plugins, no frames from elsewhere. The sync server may be
// on this PC (127.0.0.1) or a district server over HTTPS.

export interface CspOptions {
  /** The Vite dev server origin in development (adds it and its websocket for hot reload). */
  devServerOrigin?: string;
}

export function buildCsp({ devServerOrigin }: CspOptions = {}): string {
  const self = devServerOrigin ? `'self' ${devServerOrigin}` : "'self'";
  const devSocket = devServerOrigin ? ` ${devServerOrigin.replace(/^http/, 'ws')}` : '';
  const directives: Record<string, string> = {
    'default-src': "'self'",
    'script-src': self,
    'style-src': `${self} 'unsafe-inline'`,
    'img-src': `${self} data: blob:`,
    'font-src': `${self} data:`,
    'connect-src': `${self} http://127.0.0.1:* http://localhost:* https:${devSocket}`,
    'worker-src': `${self} blob:`,
    'frame-src': "'self' blob:",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The meta tag the renderer's index.html should carry, because file:// responses have no headers to set. */
export function cspMetaTag(options: CspOptions = {}): string {
  return `<meta http-equiv="Content-Security-Policy" content="${buildCsp(options)}" />`;
}
