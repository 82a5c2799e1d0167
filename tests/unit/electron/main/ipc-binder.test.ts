import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, type Handlers } from '../../../../shared/ipc/contract';
import { APP_ENTRY_URL } from '../../../../electron/main/security';

type Listener = (event: unknown, payload: unknown) => Promise<unknown>;

const ipc = vi.hoisted(() => ({ handlers: new Map<string, Listener>() }));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (name: string, listener: Listener) => ipc.handlers.set(name, listener),
    removeHandler: (name: string) => ipc.handlers.delete(name),
  },
}));

const { bindIpc, emitterFor } = await import('../../../../electron/main/ipc-binder');

function fakeWindow() {
  const mainFrame = { url: APP_ENTRY_URL };
  const sent: unknown[][] = [];
  const webContents = { mainFrame, send: (...args: unknown[]) => sent.push(args) };
  return { window: { webContents, isDestroyed: () => false }, mainFrame, webContents, sent };
}

describe('IPC binder', () => {
  const handlers = { 'settings:get': async () => ({ uiLocale: 'en' }) } as unknown as Handlers;

  it('binds every channel and unbinds them all', () => {
    const { window } = fakeWindow();
    const unbind = bindIpc(handlers, () => window as never);
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    unbind();
    expect(ipc.handlers.size).toBe(0);
  });

  it('runs calls from our window main frame and refuses all others', async () => {
    const { window, mainFrame, webContents } = fakeWindow();
    const unbind = bindIpc(handlers, () => window as never);
    const call = ipc.handlers.get('settings:get');
    if (!call) throw new Error('settings:get not bound');
    await expect(call({ sender: webContents, senderFrame: mainFrame }, {})).resolves.toEqual({
      ok: true,
      value: { uiLocale: 'en' },
    });
    const refusals = [
      { sender: {}, senderFrame: mainFrame },
      { sender: webContents, senderFrame: { url: APP_ENTRY_URL } },
      { sender: webContents, senderFrame: null },
    ];
    for (const event of refusals) {
      await expect(call(event, {})).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    mainFrame.url = 'https://example.com/';
    await expect(call({ sender: webContents, senderFrame: mainFrame }, {})).resolves.toMatchObject({
      ok: false,
    });
    unbind();
  });

  it('sends push events to the window while it exists', () => {
    const { window, sent } = fakeWindow();
    let current: typeof window | null = window;
    const emit = emitterFor(() => current as never);
    emit('menu:command', { command: 'zoom-fit' });
    current = null;
    emit('menu:command', { command: 'zoom-in' });
    expect(sent).toEqual([['menu:command', { command: 'zoom-fit' }]]);
  });
});
