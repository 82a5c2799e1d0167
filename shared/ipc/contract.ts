import type { z } from 'zod';
import { appChannels } from './channels/app';
import { exportChannels } from './channels/export';
import { lintChannels } from './channels/lint';
import { workspaceChannels } from './channels/workspace';
import type { Envelope } from './errors';
import type { EventName, EventPayload } from './events';

/**
 * Every IPC call of the app, declared once. main validates requests against these schemas, preload exposes
 * exactly these names, the renderer's client and the e2e harness are typed from them.
 */
export const channels = {
  ...appChannels,
  ...workspaceChannels,
  ...exportChannels,
  ...lintChannels,
} as const;

/** Name of an IPC call. */
export type ChannelName = keyof typeof channels;

/** Request payload of a call, as the caller builds it. */
export type RequestOf<K extends ChannelName> = z.input<(typeof channels)[K]['request']>;

/** Validated request payload of a call, as its handler receives it. */
export type ParsedRequestOf<K extends ChannelName> = z.output<(typeof channels)[K]['request']>;

/** Response of a call. */
export type ResponseOf<K extends ChannelName> = z.output<(typeof channels)[K]['response']>;

/** The main-side implementation of every call: the one table that ipcMain and the e2e harness both bind. */
export type Handlers = { [K in ChannelName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>> };

/** All channel names, for the preload's allow-list. */
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

/** What preload exposes as `window.jiaokan` (and what the e2e harness binds): raw, envelope-returning. */
export interface Bridge {
  invoke<K extends ChannelName>(channel: K, request: RequestOf<K>): Promise<Envelope<ResponseOf<K>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
