import type { Page } from 'playwright-core';
import type { Handlers } from '../../../shared/ipc/contract';
import type { EventName, EventPayload } from '../../../shared/ipc/events';
import { dispatch, type EmitEvent } from '../../../electron/services/ipc/dispatch';

/** Name of the Playwright binding the page's `window.jiaokan.invoke` calls. */
const INVOKE_BINDING = '__jiaokanInvoke';

/** Name of the page function the harness calls to deliver a push event to the page's listeners. */
const DELIVER_FUNCTION = '__jiaokanDeliver';

/**
 * Stands in for preload: `window.jiaokan` in the page with the same `Bridge` shape, bound to the real handler
 * table through `dispatch` (so requests are validated exactly as main validates them). Returns the emitter
 * that delivers push events to the listeners the page registered. Call before the page loads.
 */
export async function bindBridge(page: Page, handlers: () => Handlers): Promise<EmitEvent> {
  await page.exposeBinding(INVOKE_BINDING, (_source, channel: unknown, payload: unknown) =>
    dispatch(handlers(), channel, payload),
  );
  await page.addInitScript(
    ({ invoke, deliver }) => {
      type Listener = (payload: unknown) => void;
      const listeners = new Map<string, Set<Listener>>();
      const scope = globalThis as unknown as Record<string, unknown>;
      scope[deliver] = (event: string, payload: unknown) => {
        for (const listener of listeners.get(event) ?? []) listener(payload);
      };
      const call = scope[invoke] as (channel: string, request: unknown) => Promise<unknown>;
      Object.defineProperty(globalThis, 'jiaokan', {
        value: Object.freeze({
          invoke: (channel: string, request: unknown) => call(channel, request),
          on: (event: string, listener: Listener) => {
            const set = listeners.get(event) ?? new Set<Listener>();
            listeners.set(event, set);
            set.add(listener);
            return () => {
              set.delete(listener);
            };
          },
        }),
      });
    },
    { invoke: INVOKE_BINDING, deliver: DELIVER_FUNCTION },
  );
  return <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    page
      .evaluate(
        ({ deliver, name, body }) => {
          const target = (globalThis as unknown as Record<string, unknown>)[deliver];
          if (typeof target === 'function') (target as (e: string, p: unknown) => void)(name, body);
        },
        { deliver: DELIVER_FUNCTION, name: event, body: payload as unknown },
      )
      .catch(() => undefined);
  };
}
