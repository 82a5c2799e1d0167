import { join } from 'node:path';
import { createHandlers, type HandlerTable } from '../../../electron/services/handlers';
import { REPO_ROOT } from './build';
import type { HarnessEnv } from './launch';

/** System language the harness reports through `app:info`, so the first screen is in Chinese. */
export const HARNESS_SYSTEM_LOCALE = 'zh-CN';

/**
 * The app's real handler table on the harness's temp folders, with the file dialogs replaced by what the test
 * put in `env.dialogs` (each answer is used once; no answer = the user cancelled).
 */
export function realHandlers(env: HarnessEnv): HandlerTable {
  return createHandlers({
    appDataDir: env.appDataDir,
    samplePath: join(REPO_ROOT, 'assets', 'sample', 'sample-page.jpg'),
    info: { version: '0.0.0-e2e', systemLocale: HARNESS_SYSTEM_LOCALE, platform: process.platform },
    emit: env.emit,
    pickFolder: async () => {
      const folder = env.dialogs.nextFolder;
      env.dialogs.nextFolder = null;
      return folder;
    },
    pickImages: async () => {
      const images = env.dialogs.nextImages ?? [];
      env.dialogs.nextImages = null;
      return images;
    },
  });
}
