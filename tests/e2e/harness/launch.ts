import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Handlers } from '../../../shared/ipc/contract';
import type { EmitEvent } from '../../../electron/services/ipc/dispatch';
import { bindBridge } from './bridge-binding';
import { ensureBuilt, REPO_ROOT, RENDERER_OUT } from './build';
import { serveStatic, type StaticServer } from './static-server';

/** Chromium flags for a quiet, offline, headless run on this machine (STACK.md §4.11). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/** What a test hands the harness to build the real handler table. */
export interface HarnessEnv {
  /** A fresh, empty app-data folder (settings, scratch workspaces). */
  readonly appDataDir: string;
  /** A fresh folder a test can fill and open as a workspace. */
  readonly workspaceDir: string;
  /** Delivers a push event to the page. */
  readonly emit: EmitEvent;
  /** What the injected file dialog returns next (File ▸ Open…); set by the test before it clicks. */
  readonly dialogs: { nextImages: string[] | null; nextFolder: string | null };
}

/** A running app in Chromium, bound to real services on temp folders. */
export interface AppHarness {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly env: HarnessEnv;
  /** Requests to anything but the local server, `blob:` and `data:`; each was aborted. */
  readonly outsideRequests: string[];
  /** Console errors and uncaught exceptions of the page. */
  readonly consoleErrors: string[];
  /** Saves a screenshot as test-results/e2e/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Folder for screenshots (gitignored). */
export const RESULTS_DIR = join(REPO_ROOT, 'test-results/e2e');

/**
 * Builds (if stale), serves the renderer on 127.0.0.1, launches Debian Chromium (or `CHROMIUM_PATH`) and binds
 * `window.jiaokan` to `createHandlers(env)`, then opens the app. Every request leaving the local server is
 * recorded and aborted.
 */
export async function launchApp(
  createHandlers: (env: HarnessEnv) => Handlers & { dispose?: () => Promise<void> },
): Promise<AppHarness> {
  ensureBuilt();
  const temp = await mkdtemp(join(tmpdir(), 'jiaokan-e2e-'));
  const appDataDir = join(temp, 'app-data');
  const workspaceDir = join(temp, 'workspace');
  const browserDir = join(temp, 'browser');
  await Promise.all(
    [appDataDir, workspaceDir, browserDir, RESULTS_DIR].map((d) => mkdir(d, { recursive: true })),
  );

  const server: StaticServer = await serveStatic(RENDERER_OUT);
  const context = await chromium.launchPersistentContext(browserDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
  });
  const outsideRequests: string[] = [];
  const allowed = (url: string) =>
    url.startsWith(`${server.origin}/`) || url.startsWith('blob:') || url.startsWith('data:');
  await context.route(
    (url) => !allowed(url.href),
    (route) => {
      outsideRequests.push(route.request().url());
      void route.abort();
    },
  );
  context.on('request', (request) => {
    if (!allowed(request.url()) && !outsideRequests.includes(request.url()))
      outsideRequests.push(request.url());
  });

  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  let handlers: (Handlers & { dispose?: () => Promise<void> }) | null = null;
  const emit = await bindBridge(page, () => {
    if (!handlers) throw new Error('handlers not ready');
    return handlers;
  });
  const env: HarnessEnv = { appDataDir, workspaceDir, emit, dialogs: { nextImages: null, nextFolder: null } };
  handlers = createHandlers(env);
  await page.goto(`${server.origin}/index.html`);

  return {
    page,
    context,
    env,
    outsideRequests,
    consoleErrors,
    async screenshot(name) {
      const path = join(RESULTS_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await context.close();
      await handlers?.dispose?.();
      await server.close();
      await rm(temp, { recursive: true, force: true });
    },
  };
}
