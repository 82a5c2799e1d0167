import { channels, type ChannelName, type Handlers } from '../../../shared/ipc/contract';
import { JiaokanError, toErrorPayload, type Envelope } from '../../../shared/ipc/errors';
import type { EventName, EventPayload } from '../../../shared/ipc/events';

/** Sends a push event to the UI; main binds it to `webContents.send`, the e2e harness to the page. */
export type EmitEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** True when `name` is a declared channel; guards against prototype keys such as `constructor`. */
export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

/**
 * Validates a request from the renderer against the contract and runs its handler. Never throws: every outcome,
 * a malformed payload included, comes back as an envelope the renderer can show.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  payload: unknown,
): Promise<Envelope<unknown>> {
  if (!isChannelName(name)) {
    return {
      ok: false,
      error: { code: 'invalid-request', message: `Unknown channel ${JSON.stringify(name)}` },
    };
  }
  const parsed = channels[name].request.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      error: {
        code: 'invalid-request',
        message: `Bad request for ${name}${where}: ${issue?.message ?? 'invalid'}`,
      },
    };
  }
  try {
    const handler = handlers[name] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (!(error instanceof JiaokanError)) console.error(`[jiaokan] ${name} failed:`, error);
    return { ok: false, error: toErrorPayload(error) };
  }
}
