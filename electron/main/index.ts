import { app, dialog, session, type BrowserWindow, type WebContents } from 'electron';
import { localeForSystem, type UiLocale } from '../../shared/i18n';
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { createHandlers, type HandlerTable } from '../services/handlers';
import { bundledLanguageFolder } from '../services/ocr/language-data';
import { bindIpc, emitterFor } from './ipc-binder';
import { installMenu } from './menu';
import { shellPaths, unpackedPath } from './paths';
import { denyPermissions, enforceCsp, registerAppScheme, serveRenderer } from './protocol';
import { isNavigationAllowed } from './security';
import { createMainWindow } from './window';

/** Image types the Open dialog offers; decoding checks the bytes, whatever the name says. */
const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'bmp', 'tif', 'tiff'];

/** Every web contents, present or future, may not navigate, open windows or attach webviews. */
function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Boots the app once Electron is ready: session policy, protocol, handlers, IPC, window, menu. */
async function start(): Promise<void> {
  const paths = shellPaths(__dirname, app.getAppPath());
  const ses = session.defaultSession;
  denyPermissions(ses);
  enforceCsp(ses);
  serveRenderer(ses, paths.renderer);

  let window: BrowserWindow | null = null;
  const current = () => window;
  const emit = emitterFor(current);
  const systemLocale = app.getLocale();
  const table: HandlerTable = createHandlers({
    appDataDir: app.getPath('userData'),
    samplePath: paths.sample,
    info: { version: app.getVersion(), systemLocale, platform: process.platform },
    emit,
    ocr: {
      languageSource: (language) => unpackedPath(bundledLanguageFolder(language)),
      modulePath: unpackedPath,
    },
    pickFolder: async () => {
      const options = { properties: ['openDirectory' as const] };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    pickImages: async () => {
      const options = {
        properties: ['openFile' as const, 'multiSelections' as const],
        filters: [{ name: 'Images', extensions: IMAGE_EXTENSIONS }],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
  });

  const canExport = CHANNEL_NAMES.some((name) => name.startsWith('export:'));
  const refreshMenu = async (): Promise<void> => {
    const settings = await table['settings:get']({});
    const locale: UiLocale = settings.uiLocale ?? localeForSystem(systemLocale);
    installMenu(
      { locale, showBoxes: settings.showBoxes, canExport },
      (command) => emit('menu:command', command),
      process.platform,
    );
  };
  // The menu shows the UI language and the box toggle, so it is rebuilt whenever the settings change.
  const handlers: HandlerTable = {
    ...table,
    'settings:set': async (patch) => {
      const settings = await table['settings:set'](patch);
      // The cursor and last page are saved as the user works; only language and boxes change the menu.
      if (patch.uiLocale !== undefined || patch.showBoxes !== undefined) await refreshMenu();
      return settings;
    },
  };
  const unbind = bindIpc(handlers, current);
  await refreshMenu();

  window = createMainWindow(paths.preload, 'Jiaokan 校勘');
  window.on('closed', () => {
    window = null;
  });

  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    disposed = true;
    unbind();
    void table.dispose().finally(() => app.quit());
  });
}

registerAppScheme();
app.enableSandbox();

// Several instances may run: a workspace held by another one opens read-only (see the workspace lock).
app.on('web-contents-created', (_event, contents) => harden(contents));
app.on('window-all-closed', () => app.quit());
app
  .whenReady()
  .then(start)
  .catch((error: unknown) => {
    dialog.showErrorBox('Jiaokan', error instanceof Error ? error.message : String(error));
    app.quit();
  });
