import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL, SECURE_WEB_PREFERENCES, isNavigationAllowed } from './security';

/**
 * The main window: isolated, sandboxed, no Node in the page, no navigation and no new windows. The page is
 * loaded from `app://jiaokan/`; `preload` is the absolute path of the built preload script.
 */
export function createMainWindow(preload: string, title: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    title,
    show: false,
    backgroundColor: '#f3f3f3',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload },
  });
  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isNavigationAllowed(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
