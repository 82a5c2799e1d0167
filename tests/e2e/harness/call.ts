import { dispatch } from '../../../electron/services/ipc/dispatch';
import type { ChannelName, Handlers, RequestOf, ResponseOf } from '../../../shared/ipc/contract';

/** A typed call of one channel on the handler table behind the page; rejects on an error envelope. */
export type HandlerCall = <C extends ChannelName>(
  channel: C,
  request: RequestOf<C>,
) => Promise<ResponseOf<C>>;

/**
 * Calls the handler table the page is bound to through `dispatch`, as the bridge does (validation, envelope),
 * so a test can read or set state behind the UI. `handlers` is read at each call: the table is made when the
 * harness launches, after the test file's top level ran.
 */
export function handlerCaller(handlers: () => Handlers): HandlerCall {
  return async (channel, request) => {
    const envelope = await dispatch(handlers(), channel, request);
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
    return envelope.value as ResponseOf<typeof channel>;
  };
}
