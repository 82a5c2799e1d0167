// Child process of crash.test.ts: saves drafts and versions of one page as fast as it can and reports each step
// on stdout ("begin <step> <sha256>" before a write, "done <step> <sha256>" after it), until it is killed.
import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import { openWorkspace } from '../../../../../electron/services/workspace/workspace';

/** The text written at `step`: varying length, CJK and Latin, so torn writes would show. */
export function stepText(step: number): string {
  return `第${step}步 step ${step}\n${'校勘 proofreading '.repeat(step % 61)}\n`;
}

async function main(): Promise<void> {
  const [root, first] = process.argv.slice(2);
  if (!root || !first) throw new Error('usage: crash-child <workspace> <first step>');
  const workspace = await openWorkspace(root);
  const pageId = workspace.pageIds()[0];
  if (!pageId) throw new Error('no page');
  writeSync(1, 'ready\n');
  for (let step = Number(first); ; step += 1) {
    const text = stepText(step);
    const hash = createHash('sha256').update(text).digest('hex');
    writeSync(1, `begin ${step} ${hash}\n`);
    if (step % 3 === 0) await workspace.saveVersion(pageId, text, `step ${step}`, 'edit');
    else await workspace.saveDraft(pageId, text);
    writeSync(1, `done ${step} ${hash}\n`);
  }
}

main().catch((error: unknown) => {
  writeSync(2, `${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
