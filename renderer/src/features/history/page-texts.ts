import { call } from '../../ipc/client';
import { sideKey, type DiffSide } from './history-store';

/** Texts of versions and OCR runs: both are immutable once written, so a text read once stays right. */
const texts = new Map<string, Promise<string>>();
let cachedFor: string | null = null;

/**
 * The text of one version or OCR run of a page in workspace `workspaceId`, read through main (which checks a
 * version's hash and fails with `conflict` when it was changed behind our back). Failed reads are not kept.
 */
export function sideText(workspaceId: string, pageId: string, side: DiffSide): Promise<string> {
  if (cachedFor !== workspaceId) {
    texts.clear();
    cachedFor = workspaceId;
  }
  const key = `${pageId}/${sideKey(side)}`;
  const known = texts.get(key);
  if (known) return known;
  const loading =
    side.kind === 'version'
      ? call('version:read', { pageId, n: side.n }).then((r) => r.text)
      : call('ocr:read', { pageId, run: side.run }).then((r) => r.text);
  texts.set(key, loading);
  loading.catch(() => texts.delete(key));
  return loading;
}
