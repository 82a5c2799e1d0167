import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, type Bridge } from '../../shared/ipc/contract';
import { events, type EventName } from '../../shared/ipc/events';

const channelNames: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const eventNames: ReadonlySet<string> = new Set(Object.keys(events));

/**
 * The only use of `ipcRenderer`: a bridge that can invoke exactly the contract's channels and listen to
 * exactly its push events. Main validates every payload again, so this is an allow-list, not the guard.
 */
export function createBridge(): Bridge {
  return {
    invoke(channel, request) {
      if (!channelNames.has(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'invalid-request', message: `Unknown channel ${JSON.stringify(channel)}` },
        });
      }
      return ipcRenderer.invoke(channel, request);
    },
    on(event, listener) {
      if (!eventNames.has(event)) throw new Error(`Unknown event ${JSON.stringify(event)}`);
      const name: EventName = event;
      const wrapped = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]): void =>
        listener(payload);
      ipcRenderer.on(name, wrapped);
      return () => {
        ipcRenderer.removeListener(name, wrapped);
      };
    },
  };
}

/** Exposes the bridge as `window.jiaokan`; the renderer sees nothing else of Electron. */
export function exposeBridge(): void {
  contextBridge.exposeInMainWorld('jiaokan', createBridge());
}
