import type { Bridge, ChannelName, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { ErrorCode } from '../../../shared/ipc/errors';
import type { EventName, EventPayload } from '../../../shared/ipc/events';

declare global {
  interface Window {
    /** Exposed by the preload script (or the e2e harness); the renderer's only way to main. */
    readonly jiaokan?: Bridge;
  }
}

/** A failed call, carrying the contract's error code so the UI can word it; `bridge` when there is no bridge. */
export class CallError extends Error {
  readonly code: ErrorCode | 'bridge';
  readonly channel: string;
  constructor(code: ErrorCode | 'bridge', message: string, channel: string) {
    super(message);
    this.name = 'CallError';
    this.code = code;
    this.channel = channel;
  }
}

function bridge(channel: string): Bridge {
  const found = window.jiaokan;
  if (!found)
    throw new CallError('bridge', 'window.jiaokan is missing: the preload script did not run', channel);
  return found;
}

/** Calls main and returns the response; a failure envelope is thrown as a `CallError`. */
export async function call<K extends ChannelName>(channel: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope = await bridge(channel).invoke(channel, request);
  if (envelope.ok) return envelope.value;
  throw new CallError(envelope.error.code, envelope.error.message, channel);
}

/** Subscribes to a push event from main; returns the unsubscribe for a `useEffect` cleanup. */
export function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return bridge(event).on(event, listener);
}

/** True when a failure is the user's own cancel, which the UI reports quietly rather than as an error. */
export function isCancelled(error: unknown): boolean {
  return error instanceof CallError && error.code === 'cancelled';
}
