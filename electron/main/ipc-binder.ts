import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, type Handlers } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/errors';
import { dispatch, type EmitEvent } from '../services/ipc/dispatch';
import { isTrustedSender } from './security';

/**
 * The only use of `ipcMain`: binds every channel of the contract to `dispatch`, which validates the payload
 * and runs the handler. A call is refused unless it comes from the main frame of `window()` showing our
 * origin. Returns a function that unbinds every channel.
 */
export function bindIpc(handlers: Handlers, window: () => BrowserWindow | null): () => void {
  const trusted = (event: IpcMainInvokeEvent): boolean => {
    const ours = window();
    const frame = event.senderFrame;
    return isTrustedSender({
      fromOurWindow: ours !== null && !ours.isDestroyed() && event.sender === ours.webContents,
      isMainFrame: frame !== null && ours !== null && frame === ours.webContents.mainFrame,
      url: frame?.url ?? '',
    });
  };
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(name, async (event, payload: unknown): Promise<Envelope<unknown>> => {
      if (!trusted(event)) {
        return {
          ok: false,
          error: { code: 'invalid-request', message: `Refused ${name}: not sent by the Jiaokan window` },
        };
      }
      return dispatch(handlers, name, payload);
    });
  }
  return () => {
    for (const name of CHANNEL_NAMES) ipcMain.removeHandler(name);
  };
}

/** Push events to `window()`'s page; dropped silently while there is no window to receive them. */
export function emitterFor(window: () => BrowserWindow | null): EmitEvent {
  return (event, payload) => {
    const target = window();
    if (target && !target.isDestroyed()) target.webContents.send(event, payload);
  };
}
