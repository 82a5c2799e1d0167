import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Handlers } from '../../../shared/ipc/contract';
import { LintPrefsSchema } from '../../../shared/ipc/channels/lint';
import { JiaokanError } from '../../../shared/ipc/errors';
import { lint } from '../../../shared/lint/engine';
import { applyFixes, safeFixes } from '../../../shared/lint/fix';
import { isPackName } from '../../../shared/lint/packs';
import type { PackName } from '../../../shared/lint/types';
import type { OcrResult } from '../../../shared/model/ocr';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from '../fs/atomic-write';
import { errnoCode, toFsError } from '../fs/fs-errors';
import type { EmitEvent } from '../ipc/dispatch';
import type { SettingsStore } from '../settings/settings';
import { pageLayout, workspaceLayout } from './layout';
import type { Workspace } from './workspace';

/** How one page is checked: its rule pack and the findings the proofreader accepted. */
export type LintPrefs = z.infer<typeof LintPrefsSchema>;

/** Name of the per-page file beside versions.json. */
export const LINT_PREFS_FILE = 'lint.json';

/** The pack a page without its own choice is checked with: the settings' pack when it names one. */
export function defaultPack(settingsPack: string): PackName {
  return isPackName(settingsPack) ? settingsPack : 'mainland';
}

/** The path of a page's lint.json; the page id is validated by `pageLayout` before it becomes a path. */
export function lintPrefsPath(root: string, pageId: string): string {
  return join(pageLayout(workspaceLayout(root), pageId).dir, LINT_PREFS_FILE);
}

/** The JSON value of `raw`, or null when it is not JSON. */
function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/**
 * A page's check settings from `lint.json`; the default pack and an empty ignore list when the page has none.
 * A damaged file reads as the default too: it holds preferences, not the proofreader's text.
 */
export async function readLintPrefs(root: string, pageId: string, fallback: PackName): Promise<LintPrefs> {
  const path = lintPrefsPath(root, pageId);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { pack: fallback, ignore: [] };
    throw toFsError(error, 'read', path);
  }
  const parsed = LintPrefsSchema.safeParse(parseJson(raw));
  return parsed.success ? parsed.data : { pack: fallback, ignore: [] };
}

/** Writes a page's `lint.json` atomically (temp file, fsync, rename, fsync folder). */
export async function writeLintPrefs(
  root: string,
  pageId: string,
  prefs: LintPrefs,
  fs: AtomicFs = nodeAtomicFs,
): Promise<void> {
  const path = lintPrefsPath(root, pageId);
  const dir = pageLayout(workspaceLayout(root), pageId).dir;
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw toFsError(error, 'create', dir);
  }
  await writeFileAtomic(path, `${JSON.stringify(prefs)}\n`, fs);
}

/** How one page's texts are checked outside the editor: the page list's count, the export's report and style. */
export interface PageLint {
  /** Open findings of a text of this page; OCR boxes and confidences count where the text still matches. */
  countFindings(text: string, ocr: OcrResult | null): number;
  /** The page pack's safe fixes applied to a text, leaving what the proofreader ignored (normalized export). */
  applyStyle(text: string): string;
}

/**
 * A page's checks as the editor's problems panel runs them: the page's own pack and ignore list (lint.json,
 * else the settings' pack), the settings' confidence threshold. Read once; call again after a change.
 */
export async function readPageLint(root: string, pageId: string, settings: SettingsStore): Promise<PageLint> {
  const current = await settings.get();
  const prefs = await readLintPrefs(root, pageId, defaultPack(current.lintPack));
  const context = {
    pack: prefs.pack,
    ignore: prefs.ignore,
    confidenceThreshold: current.confidenceThreshold,
  };
  return {
    countFindings: (text, ocr) => lint(text, { ...context, ...(ocr ? { ocr } : {}) }).length,
    applyStyle: (text) => applyFixes(text, safeFixes(lint(text, context))).text,
  };
}

/** Open findings of a page text as the editor's problems panel counts them (see `readPageLint`). */
export function pageFindingCounter(
  root: string,
  settings: SettingsStore,
): (text: string, ocr: OcrResult | null, pageId: string) => Promise<number> {
  return async (text, ocr, pageId) => (await readPageLint(root, pageId, settings)).countFindings(text, ocr);
}

/** What the lint preference handlers need: the open workspace (throws when none), the settings, the events. */
export interface LintPrefsHandlerDeps {
  readonly workspace: () => Workspace;
  readonly settings: SettingsStore;
  /** Tells the page list that the page's open-findings count changed. */
  readonly emit: EmitEvent;
  readonly fs?: AtomicFs;
}

/** Handlers of `page:lintPrefs` and `page:setLintPrefs` over the open workspace. */
export function createLintPrefsHandlers(
  deps: LintPrefsHandlerDeps,
): Pick<Handlers, 'page:lintPrefs' | 'page:setLintPrefs'> {
  return {
    'page:lintPrefs': async ({ pageId }) => {
      const ws = deps.workspace();
      ws.summary(pageId);
      return readLintPrefs(ws.root, pageId, defaultPack((await deps.settings.get()).lintPack));
    },
    'page:setLintPrefs': async ({ pageId, prefs }) => {
      const ws = deps.workspace();
      ws.summary(pageId);
      if (ws.readOnly) {
        throw new JiaokanError(
          'read-only',
          'This workspace is open read-only; the check settings were not saved.',
        );
      }
      await writeLintPrefs(ws.root, pageId, prefs, deps.fs);
      await ws.recountFindings(pageId);
      deps.emit('workspace:changed', { pageIds: [pageId] });
      return prefs;
    },
  };
}
