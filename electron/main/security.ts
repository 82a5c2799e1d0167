import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { WebPreferences } from 'electron';

/**
 * The security settings of the window, kept free of runtime Electron imports so a unit test can pin them.
 * Everything the renderer may reach is served from one custom origin, `app://jiaokan`.
 */

/** Scheme of the custom protocol that serves the built renderer. */
export const APP_SCHEME = 'app';

/** Host of the renderer's origin; a fixed name, so the origin is the same on every run. */
export const APP_HOST = 'jiaokan';

/** The renderer's origin, as `location.origin` and IPC senders report it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The URL the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Content Security Policy for every renderer response and the meta tag of renderer/index.html. No remote
 * origin anywhere; no `unsafe-eval` and no `wasm-unsafe-eval` (OCR runs in main, the renderer runs no wasm);
 * `style-src 'unsafe-inline'` because Monaco writes style elements at run time; `blob:` images carry page
 * scans that arrive as bytes over IPC; `blob:` workers cover Monaco's worker loader.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Window preferences minus the preload path (known only at run time): isolation on, no Node in the page. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const satisfies WebPreferences;

/** Privileges of the `app:` scheme: a standard, secure origin that fetch works on, like https. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  stream: false,
  bypassCSP: false,
  allowServiceWorkers: false,
} as const;

/** True when `url` is on the renderer's own origin. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Whether the window may navigate to `url`. The app is one page, so no navigation is allowed at all: a link
 * or a dropped file would otherwise replace the app with content that holds the bridge.
 */
export function isNavigationAllowed(_url: string): boolean {
  return false;
}

/** Permissions granted to the renderer (camera, notifications, clipboard reads, …): none. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/**
 * The file under `root` that an `app://jiaokan/…` URL names, or null for any URL that is not on our origin,
 * is not a plain relative file path, or would leave `root` (`..`, encoded separators, absolute paths, NUL).
 * `root` must be absolute. `/` maps to `index.html`.
 */
export function resolveAppFile(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path === '/' || path === '') path = '/index.html';
  if (path.includes('\0') || path.includes('\\')) return null;
  const segments = path.split('/').slice(1);
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  const base = resolve(root);
  const file = resolve(base, ...segments);
  const rel = relative(base, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return file;
}

/** Content types of the files the renderer build emits; anything else is served as bytes. */
export function contentTypeOf(file: string): string {
  const dot = file.lastIndexOf('.');
  const ext = dot >= 0 ? file.slice(dot + 1).toLowerCase() : '';
  switch (ext) {
    case 'html':
      return 'text/html; charset=utf-8';
    case 'js':
    case 'mjs':
      return 'text/javascript; charset=utf-8';
    case 'css':
      return 'text/css; charset=utf-8';
    case 'json':
      return 'application/json; charset=utf-8';
    case 'svg':
      return 'image/svg+xml';
    case 'png':
      return 'image/png';
    case 'jpg':
    case 'jpeg':
      return 'image/jpeg';
    case 'webp':
      return 'image/webp';
    case 'ico':
      return 'image/x-icon';
    case 'ttf':
      return 'font/ttf';
    case 'woff':
      return 'font/woff';
    case 'woff2':
      return 'font/woff2';
    case 'wasm':
      return 'application/wasm';
    default:
      return 'application/octet-stream';
  }
}

/**
 * Whether an IPC message comes from our window's main frame showing our origin. Subframes and any page that
 * was navigated elsewhere (which cannot happen, but is checked anyway) are refused.
 */
export function isTrustedSender(sender: {
  readonly isMainFrame: boolean;
  readonly url: string;
  readonly fromOurWindow: boolean;
}): boolean {
  return sender.fromOurWindow && sender.isMainFrame && isAppUrl(sender.url);
}
