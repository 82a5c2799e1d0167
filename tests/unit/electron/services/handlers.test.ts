import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../../shared/ipc/contract';
import { createHandlers, type HandlerTable } from '../../../../electron/services/handlers';
import { dispatch } from '../../../../electron/services/ipc/dispatch';

let table: HandlerTable | undefined;
let dir: string | undefined;

afterEach(async () => {
  await table?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
  table = undefined;
  dir = undefined;
});

async function makeTable(): Promise<HandlerTable> {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-handlers-'));
  table = createHandlers({
    appDataDir: dir,
    samplePath: join(__dirname, '../../../../assets/sample/sample-page.jpg'),
    info: { version: '1.2.3', systemLocale: 'en-GB', platform: 'linux' },
    emit: () => undefined,
    pickFolder: async () => null,
    pickImages: async () => [],
  });
  return table;
}

describe('the handler table', () => {
  it('implements every channel of the contract', async () => {
    const handlers = await makeTable();
    const missing = CHANNEL_NAMES.filter((name) => typeof handlers[name] !== 'function');
    expect(missing).toEqual([]);
  });

  it('answers through dispatch with the app facts and keeps settings in the app data folder', async () => {
    const handlers = await makeTable();
    expect(await dispatch(handlers, 'app:info', {})).toEqual({
      ok: true,
      value: { version: '1.2.3', systemLocale: 'en-GB', platform: 'linux' },
    });
    const set = await dispatch(handlers, 'settings:set', { uiLocale: 'zh-CN', showBoxes: false });
    expect(set.ok).toBe(true);
    const saved = JSON.parse(await readFile(join(dir ?? '', 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(saved).toMatchObject({ uiLocale: 'zh-CN', showBoxes: false });
  });

  it('maps a cancelled dialog to null, not an error', async () => {
    const handlers = await makeTable();
    expect(await dispatch(handlers, 'workspace:openImages', {})).toEqual({ ok: true, value: null });
    expect(await dispatch(handlers, 'workspace:openFolder', {})).toEqual({ ok: true, value: null });
  });
});
