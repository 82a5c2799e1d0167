import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, channels, type Handlers } from '../../../../../shared/ipc/contract';
import { JiaokanError } from '../../../../../shared/ipc/errors';
import { dispatch, isChannelName } from '../../../../../electron/services/ipc/dispatch';

/** A table whose every handler records its call; dispatch must reach it only with a valid request. */
function recordingHandlers(): { handlers: Handlers; calls: string[] } {
  const calls: string[] = [];
  const table: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const name of CHANNEL_NAMES) {
    table[name] = async () => {
      calls.push(name);
      return {};
    };
  }
  return { handlers: table as unknown as Handlers, calls };
}

describe('dispatch', () => {
  it('rejects unknown channels, prototype keys included, without calling anything', async () => {
    const { handlers, calls } = recordingHandlers();
    for (const name of ['nope:call', 'constructor', '__proto__', 'toString', 42, null]) {
      const result = await dispatch(handlers, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(calls).toEqual([]);
    expect(isChannelName('page:open')).toBe(true);
  });

  it.each([
    ['page:open', { pageId: '../../etc/passwd' }],
    ['page:open', { pageId: '/etc/passwd' }],
    ['page:open', { pageId: '..' }],
    ['page:open', { pageId: '' }],
    ['page:open', {}],
    ['page:open', null],
    ['page:open', 'p1'],
    ['draft:save', { pageId: 'p1', text: 42 }],
    ['version:save', { pageId: 'p1', text: 'x', note: '', origin: 'ocr' }],
    ['version:read', { pageId: 'p1', n: 0 }],
    ['version:read', { pageId: 'p1', n: 1.5 }],
    ['ocr:recognize', { pageId: 'p1', language: 'klingon', jobId: 'j1' }],
    ['ocr:recognize', { pageId: 'p1', language: 'chi_sim+', jobId: 'j1' }],
    ['ocr:recognize', { pageId: 'p1', language: 'chi_sim', jobId: 'has space' }],
    ['page:setStatus', { pageId: 'p1', status: 'done' }],
    ['workspace:openDropped', { files: [] }],
    ['workspace:openDropped', { files: [{ name: 'a.png', bytes: 'not bytes' }] }],
    ['settings:set', { confidenceThreshold: 500 }],
  ])('rejects a malformed %s payload with a typed error', async (name, payload) => {
    const { handlers, calls } = recordingHandlers();
    const result = await dispatch(handlers, name, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toContain(name);
    }
    expect(calls).toEqual([]);
  });

  it('passes a valid request to its handler and wraps the value', async () => {
    const { handlers, calls } = recordingHandlers();
    const result = await dispatch(handlers, 'ocr:recognize', {
      pageId: 'p-1.2_a',
      language: 'chi_sim+eng',
      jobId: 'j1',
    });
    expect(result).toEqual({ ok: true, value: {} });
    expect(calls).toEqual(['ocr:recognize']);
  });

  it('turns a thrown JiaokanError into its code and an unexpected error into internal', async () => {
    const { handlers } = recordingHandlers();
    handlers['page:open'] = async () => {
      throw new JiaokanError('not-found', 'p9: no such page');
    };
    expect(await dispatch(handlers, 'page:open', { pageId: 'p9' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'p9: no such page' },
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    handlers['page:open'] = async () => {
      throw new TypeError('boom');
    };
    expect(await dispatch(handlers, 'page:open', { pageId: 'p9' })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
    spy.mockRestore();
  });

  it('declares channels as domain:verb with a request and a response schema each', () => {
    for (const [name, spec] of Object.entries(channels)) {
      expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
      expect(typeof spec.request.safeParse).toBe('function');
      expect(typeof spec.response.safeParse).toBe('function');
    }
  });
});
