import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services/ipc/dispatch';
import { createSettingsStore, type SettingsStore } from '../../../../../electron/services/settings/settings';
import {
  createLintPrefsHandlers,
  lintPrefsPath,
  pageFindingCounter,
  readLintPrefs,
} from '../../../../../electron/services/workspace/lint-prefs';
import { openWorkspace, type Workspace } from '../../../../../electron/services/workspace/workspace';
import type { Handlers } from '../../../../../shared/ipc/contract';
import { lint } from '../../../../../shared/lint/engine';
import { ignoreEntryFor } from '../../../../../shared/lint/ignore';
import { removeFolder, tempFolder, writeFiles } from './helpers';

/** Real OCR text with spaces between Han characters and half-width punctuation among Chinese. */
const TEXT = '到 2025 年 完 成 目 标，各地要落实大气污染防治要求, 推进改造。\n';

let root: string;
let appData: string;
let settings: SettingsStore;
let workspace: Workspace;
let table: Pick<Handlers, 'page:lintPrefs' | 'page:setLintPrefs'>;
let pageId: string;
let changed: string[][];

beforeEach(async () => {
  root = await tempFolder();
  appData = await tempFolder('jiaokan-appdata-');
  await writeFiles(root, { 'p1.txt': TEXT });
  settings = createSettingsStore(appData);
  workspace = await openWorkspace(root, { countFindings: pageFindingCounter(root, settings) });
  pageId = workspace.pageIds()[0] ?? '';
  changed = [];
  table = createLintPrefsHandlers({
    workspace: () => workspace,
    settings,
    emit: (event, payload) => {
      if (event === 'workspace:changed') changed.push([...(payload as { pageIds: string[] }).pageIds]);
    },
  });
});

afterEach(async () => {
  await workspace.close();
  await removeFolder(root);
  await removeFolder(appData);
});

describe('per-page lint preferences', () => {
  it('default to the settings pack and an empty ignore list', async () => {
    await settings.set({ lintPack: 'taiwan-hk' });
    expect(await table['page:lintPrefs']({ pageId })).toEqual({ pack: 'taiwan-hk', ignore: [] });
  });

  it('are stored as lint.json of the page and read back', async () => {
    const entry = ignoreEntryFor(TEXT, { rule: 'cjk-space', start: 7, end: 14 });
    const prefs = { pack: 'faithful' as const, ignore: [entry] };
    expect(await table['page:setLintPrefs']({ pageId, prefs })).toEqual(prefs);
    const path = lintPrefsPath(root, pageId);
    expect(path).toBe(join(root, '.jiaokan', 'pages', pageId, 'lint.json'));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(prefs);
    expect(await table['page:lintPrefs']({ pageId })).toEqual(prefs);
  });

  it('read a damaged file as the default', async () => {
    await table['page:setLintPrefs']({ pageId, prefs: { pack: 'faithful', ignore: [] } });
    await writeFile(lintPrefsPath(root, pageId), '{"pack": "faith');
    expect(await readLintPrefs(root, pageId, 'mainland')).toEqual({ pack: 'mainland', ignore: [] });
  });

  it('refuse unknown pages and unknown packs', async () => {
    await expect(table['page:lintPrefs']({ pageId: 'p-nope' })).rejects.toMatchObject({ code: 'not-found' });
    const envelope = await dispatch(table as Handlers, 'page:setLintPrefs', {
      pageId,
      prefs: { pack: 'klingon', ignore: [] },
    });
    expect(envelope.ok).toBe(false);
  });
});

describe('the open-findings count at save time', () => {
  it('uses the page pack and ignore list, so it equals what the editor shows', async () => {
    const findings = lint(TEXT, { pack: 'mainland' });
    const spacing = findings.find((f) => f.rule === 'cjk-space');
    expect(spacing).toBeDefined();
    if (!spacing) return;
    const ignore = [ignoreEntryFor(TEXT, spacing)];
    await table['page:setLintPrefs']({ pageId, prefs: { pack: 'faithful', ignore } });
    await workspace.saveVersion(pageId, TEXT, '', 'edit');
    const expected = lint(TEXT, { pack: 'faithful', ignore }).length;
    expect(expected).toBeLessThan(lint(TEXT, { pack: 'faithful' }).length);
    expect(workspace.summary(pageId).openFindings).toBe(expected);
  });

  it('is counted again when the page pack or ignore list changes, and the page list is told', async () => {
    await workspace.saveVersion(pageId, TEXT, '', 'edit');
    const before = workspace.summary(pageId).openFindings;
    expect(before).toBe(lint(TEXT, { pack: 'mainland' }).length);
    const spacing = lint(TEXT, { pack: 'mainland' }).find((f) => f.rule === 'cjk-space');
    expect(spacing).toBeDefined();
    if (!spacing) return;
    const ignore = [ignoreEntryFor(TEXT, spacing)];
    await table['page:setLintPrefs']({ pageId, prefs: { pack: 'mainland', ignore } });
    expect(workspace.summary(pageId).openFindings).toBe(lint(TEXT, { pack: 'mainland', ignore }).length);
    expect(workspace.summary(pageId).openFindings).toBeLessThan(before ?? 0);
    expect(changed).toEqual([[pageId]]);
    const record = JSON.parse(await readFile(join(root, '.jiaokan', 'pages', pageId, 'page.json'), 'utf8'));
    expect(record.openFindings).toBe(workspace.summary(pageId).openFindings);
  });
});
