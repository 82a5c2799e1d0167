import type { Page } from 'playwright-core';

/**
 * Scripts run inside the page, kept as source text: this test code is type-checked without the DOM library, and
 * these only make sense in a browser.
 */

const DROP_SCRIPT = `(files) => {
  const transfer = new DataTransfer();
  for (const f of files) {
    const binary = atob(f.base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    transfer.items.add(new File([bytes], f.name, { type: f.type }));
  }
  for (const type of ['dragenter', 'dragover', 'drop']) {
    window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }
}`;

/** A file as a user drags it onto the window. */
export interface DroppedFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

/**
 * Drops files on the window the way the OS does: real `File` objects in a `DataTransfer` on dragenter, dragover
 * and drop. (Base64 only carries the test's bytes into the page; the app reads them from the Files.)
 */
export async function dropFiles(page: Page, files: readonly DroppedFile[]): Promise<void> {
  const payload = files.map((f) => ({
    name: f.name,
    type: f.type,
    base64: Buffer.from(f.bytes).toString('base64'),
  }));
  await page.evaluate(`(${DROP_SCRIPT})(${JSON.stringify(payload)})`);
}

const EDITOR_LINES_SCRIPT = `(() => {
  const lines = [...document.querySelectorAll('[data-testid="text-editor"] .view-lines .view-line')];
  return lines
    .map((line) => ({
      top: parseFloat(line.style.top || '0'),
      text: [...line.querySelectorAll(':scope > span > span')]
        .map((span) => (span.classList.contains('mtkw') ? ' '.repeat(span.textContent.length) : span.textContent))
        .join('')
        .replace(/\\u00a0/g, ' '),
    }))
    .sort((a, b) => a.top - b.top)
    .map((line) => line.text);
})()`;

/** The text lines Monaco currently renders in the page editor, top to bottom (wrapped lines are separate). */
export async function visibleEditorLines(page: Page): Promise<string[]> {
  return (await page.evaluate(EDITOR_LINES_SCRIPT)) as string[];
}
