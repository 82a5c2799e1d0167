import type { OcrService } from '../../services/ocr/ocr-service';
import { openWorkspace } from '../../services/workspace/workspace';
import { JiaokanError } from '../../../shared/ipc/errors';

/** Outcome of `jiaokan ocr --workspace`. */
export interface WorkspaceOcrSummary {
  readonly recognized: number;
  readonly skipped: number;
  readonly failed: number;
}

/**
 * Recognizes every page of the workspace at `root` that has no OCR and no text yet, one page at a time, storing
 * each result as soon as it exists: a killed run loses at most the page in progress and the next run continues
 * where it stopped. Progress lines go to `log` (stderr). Pages with a sidecar import or a saved version are
 * skipped: their text is never replaced.
 */
export async function recognizeWorkspace(
  root: string,
  options: { readonly language: string; readonly service: OcrService; readonly log: (line: string) => void },
): Promise<WorkspaceOcrSummary> {
  const workspace = await openWorkspace(root);
  try {
    if (workspace.readOnly) {
      throw new JiaokanError('read-only', workspace.view().notices[0]?.message ?? `${root} is read-only`);
    }
    const todo = workspace
      .view()
      .pages.filter((p) => !p.hasOcr && p.versionCount === 0 && p.sourceKind !== 'text');
    const skipped = workspace.pageIds().length - todo.length;
    let recognized = 0;
    let failed = 0;
    for (const [index, page] of todo.entries()) {
      const prefix = `[${index + 1}/${todo.length}] ${page.label}`;
      try {
        const image = await workspace.pageImage(page.id);
        const result = await options.service.recognize(image.bytes, { language: options.language });
        await workspace.addOcrResult(page.id, result);
        recognized += 1;
        options.log(`${prefix}: ${result.text.length} characters`);
      } catch (error) {
        failed += 1;
        options.log(`${prefix}: failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    options.log(`recognized ${recognized}, skipped ${skipped} (already had text), failed ${failed}`);
    return { recognized, skipped, failed };
  } finally {
    await workspace.close();
  }
}
