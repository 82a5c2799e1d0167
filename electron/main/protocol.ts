import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  contentTypeOf,
  isPermissionGranted,
  resolveAppFile,
} from './security';

/** Declares `app:` as a standard secure scheme; Electron requires this before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/**
 * Serves the built renderer from `root` on `app://jiaokan/`, only files inside that folder, each response
 * with the CSP header. Page images never come this way: they reach the renderer as bytes over IPC.
 */
export function serveRenderer(session: Session, root: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    const file = resolveAppFile(root, request.url);
    if (file === null) return new Response(null, { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'Content-Type': contentTypeOf(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

/** Adds the CSP to every response the session sees, so nothing the window loads can run without it. */
export function enforceCsp(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}

/** Answers every permission request and check by the policy of `isPermissionGranted` (which grants none). */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
}
