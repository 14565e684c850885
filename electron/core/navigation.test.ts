import { describe, expect, it } from 'vitest';
import { buildCsp, cspMetaTag } from './csp';
import { isAppUrl, isPermissionAllowed } from './navigation';

describe('isAppUrl', () => {
  const fileApp = 'file:///C:/Program%20Files/Akimat%20Desk/resources/app.asar/dist/renderer/index.html';
  it('allows the app page itself with a hash route or query', () => {
    expect(isAppUrl(`${fileApp}#/cases/42`, fileApp)).toBe(true);
    expect(isAppUrl(`${fileApp}?lang=kk`, fileApp)).toBe(true);
  });
  it('refuses other files, web pages and junk', () => {
    expect(isAppUrl('file:///C:/Windows/win.ini', fileApp)).toBe(false);
    expect(isAppUrl('https://example.com/', fileApp)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', fileApp)).toBe(false);
    expect(isAppUrl('not a url', fileApp)).toBe(false);
  });
  it('in development allows only the dev server origin', () => {
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('permissions', () => {
  it('grants persistent storage only', () => {
    expect(isPermissionAllowed('persistent-storage')).toBe(true);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) expect(isPermissionAllowed(p)).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('allows scripts only from the app and no plugins or eval', () => {
    const csp = buildCsp();
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain('connect-src');
  });
  it('adds the dev server and its websocket in development', () => {
    expect(buildCsp({ devServerOrigin: 'http://localhost:5173' })).toContain("script-src 'self' http://localhost:5173;");
    expect(buildCsp({ devServerOrigin: 'http://localhost:5173' })).toContain('ws://localhost:5173');
    expect(cspMetaTag()).toMatch(/^<meta http-equiv="Content-Security-Policy" content="default-src 'self'; /);
  });
});
