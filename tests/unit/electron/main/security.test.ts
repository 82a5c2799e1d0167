import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  SECURE_WEB_PREFERENCES,
  contentTypeOf,
  isAppUrl,
  isNavigationAllowed,
  isPermissionGranted,
  isTrustedSender,
  resolveAppFile,
} from '../../../../electron/main/security';

const root = resolve('/srv/jiaokan/out/renderer');

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('window preferences', () => {
  it('isolate the page from Node', () => {
    expect(SECURE_WEB_PREFERENCES.contextIsolation).toBe(true);
    expect(SECURE_WEB_PREFERENCES.sandbox).toBe(true);
    expect(SECURE_WEB_PREFERENCES.nodeIntegration).toBe(false);
    expect(SECURE_WEB_PREFERENCES.nodeIntegrationInWorker).toBe(false);
    expect(SECURE_WEB_PREFERENCES.nodeIntegrationInSubFrames).toBe(false);
    expect(SECURE_WEB_PREFERENCES.webSecurity).toBe(true);
    expect(SECURE_WEB_PREFERENCES.allowRunningInsecureContent).toBe(false);
    expect(SECURE_WEB_PREFERENCES.webviewTag).toBe(false);
  });
});

describe('content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows only our own origin by default and for scripts', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  it('names no remote origin and allows no eval', () => {
    for (const [name, values] of csp) {
      for (const value of values) {
        expect(value, `${name} ${value}`).toMatch(/^('self'|'none'|'unsafe-inline'|blob:|data:)$/);
      }
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('is the same policy as the meta tag of renderer/index.html', () => {
    const html = readFileSync(join(__dirname, '../../../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('navigation, permissions and IPC senders', () => {
  it('blocks every navigation, ours included', () => {
    expect(isNavigationAllowed('https://example.com/')).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd')).toBe(false);
    expect(isNavigationAllowed(`${APP_ORIGIN}/index.html`)).toBe(false);
  });

  it('grants no permission', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });

  it('recognizes only our origin', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://jiaokan/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('trusts only the main frame of our window on our origin', () => {
    const url = `${APP_ORIGIN}/index.html`;
    expect(isTrustedSender({ fromOurWindow: true, isMainFrame: true, url })).toBe(true);
    expect(isTrustedSender({ fromOurWindow: true, isMainFrame: false, url })).toBe(false);
    expect(isTrustedSender({ fromOurWindow: false, isMainFrame: true, url })).toBe(false);
    expect(isTrustedSender({ fromOurWindow: true, isMainFrame: true, url: 'https://evil.test/' })).toBe(
      false,
    );
  });
});

describe('app:// file resolution', () => {
  it('serves files under the renderer folder', () => {
    expect(resolveAppFile(root, `${APP_ORIGIN}/index.html`)).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, `${APP_ORIGIN}/`)).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, `${APP_ORIGIN}/assets/index-abc.js?v=1#x`)).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
  });

  it('rejects traversal, encoded separators, other origins and odd names', () => {
    for (const url of [
      `${APP_ORIGIN}/%2e%2e%2fsecret`,
      `${APP_ORIGIN}/..%5c..%5csecret`,
      `${APP_ORIGIN}/a%00.js`,
      `${APP_ORIGIN}/assets//x.js`,
      `${APP_ORIGIN}/%E0%A4%A`,
      'app://other/index.html',
      'file:///etc/passwd',
      'https://jiaokan/index.html',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });

  it('keeps dot segments that URL parsing folds inside the folder', () => {
    for (const url of [`${APP_ORIGIN}/../../etc/passwd`, `${APP_ORIGIN}/assets/%2e%2e/%2e%2e/secret`]) {
      const file = resolveAppFile(root, url);
      expect(file === null || file.startsWith(root + sep), url).toBe(true);
    }
  });

  it('types the files the build emits', () => {
    expect(contentTypeOf('/x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeOf('/x/a.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeOf('/x/codicon.ttf')).toBe('font/ttf');
    expect(contentTypeOf('/x/noext')).toBe('application/octet-stream');
  });
});
