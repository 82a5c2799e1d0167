import { beforeEach, describe, expect, it, vi } from 'vitest';

const ipc = vi.hoisted(() => ({
  invoke: vi.fn(async (_channel: string, _request: unknown) => ({ ok: true, value: 'answer' })),
  on: vi.fn(),
  removeListener: vi.fn(),
  exposed: new Map<string, unknown>(),
}));

vi.mock('electron', () => ({
  ipcRenderer: { invoke: ipc.invoke, on: ipc.on, removeListener: ipc.removeListener },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => ipc.exposed.set(key, api) },
}));

const { createBridge, exposeBridge } = await import('../../../../electron/preload/bridge');

beforeEach(() => {
  ipc.invoke.mockClear();
  ipc.on.mockClear();
  ipc.removeListener.mockClear();
});

describe('preload bridge', () => {
  it('invokes declared channels with the request as given', async () => {
    const bridge = createBridge();
    await expect(bridge.invoke('settings:get', {})).resolves.toEqual({ ok: true, value: 'answer' });
    expect(ipc.invoke).toHaveBeenCalledWith('settings:get', {});
  });

  it('refuses undeclared channels without reaching main', async () => {
    const bridge = createBridge();
    const invoke = bridge.invoke as (channel: string, request: unknown) => Promise<unknown>;
    for (const channel of ['shell:openExternal', 'constructor', '__proto__']) {
      await expect(invoke(channel, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('passes only the payload to listeners and unsubscribes the same listener', () => {
    const bridge = createBridge();
    const seen: unknown[] = [];
    const off = bridge.on('menu:command', (payload) => seen.push(payload));
    const [name, wrapped] = ipc.on.mock.calls[0] as [string, (event: unknown, payload: unknown) => void];
    expect(name).toBe('menu:command');
    wrapped({ sender: 'the IPC event must not reach the page' }, { command: 'zoom-in' });
    expect(seen).toEqual([{ command: 'zoom-in' }]);
    off();
    expect(ipc.removeListener).toHaveBeenCalledWith('menu:command', wrapped);
  });

  it('refuses to listen to undeclared events', () => {
    const bridge = createBridge();
    const on = bridge.on as (event: string, listener: () => void) => () => void;
    expect(() => on('ipc-message', () => undefined)).toThrow(/Unknown event/);
    expect(ipc.on).not.toHaveBeenCalled();
  });

  it('is exposed as window.jiaokan and nothing else', () => {
    exposeBridge();
    expect([...ipc.exposed.keys()]).toEqual(['jiaokan']);
  });
});
