/** Why a call failed, in terms the UI and the CLI can act on. */
export const ERROR_CODES = [
  'invalid-request',
  'bad-input',
  'not-found',
  'read-only',
  'conflict',
  'cancelled',
  'io',
  'disk-full',
  'internal',
] as const;

/** Why a call failed. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure as it crosses IPC: plain data, because Error instances lose their fields on the way. */
export interface ErrorPayload {
  readonly code: ErrorCode;
  /** One line for a person: names the file and the reason where there is one. */
  readonly message: string;
}

/** The envelope every handler returns, so typed errors survive Electron IPC and Playwright bindings alike. */
export type Envelope<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorPayload };

/** An expected failure with a code; services throw it, the IPC binder turns it into an envelope. */
export class JiaokanError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'JiaokanError';
    this.code = code;
  }
}

/** The payload for any thrown value; unknown errors become `internal` with their message. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof JiaokanError) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: 'internal', message: error.message };
  return { code: 'internal', message: String(error) };
}
