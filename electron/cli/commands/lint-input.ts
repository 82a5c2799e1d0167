import { readFile } from 'node:fs/promises';
import { JiaokanError } from '../../../shared/ipc/errors';
import { OcrResultSchema } from '../../../shared/ipc/schemas';
import { isPackName, PACK_NAMES } from '../../../shared/lint/packs';
import type { PackName } from '../../../shared/lint/types';
import type { OcrResult } from '../../../shared/model';

/** Read a text file as the editor sees it: UTF-8, a BOM dropped (offsets do not count it). Bad input → `bad-input`. */
export async function readTextFile(path: string): Promise<{ text: string; bom: boolean }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new JiaokanError('bad-input', `cannot read ${path}: ${code}`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
  } catch {
    throw new JiaokanError('bad-input', `${path} is not valid UTF-8`);
  }
}

/** Read an `OcrResult` JSON file (as the workspace stores it), checked against the contract's schema. */
export async function readOcrFile(path: string): Promise<OcrResult> {
  const { text } = await readTextFile(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new JiaokanError('bad-input', `${path} is not JSON`);
  }
  const parsed = OcrResultSchema.safeParse(data);
  if (!parsed.success) throw new JiaokanError('bad-input', `${path} is not an OCR result`);
  return parsed.data;
}

/** The pack named on the command line. */
export function packOption(name: string | undefined): PackName | undefined {
  if (name === undefined) return undefined;
  if (!isPackName(name))
    throw new JiaokanError('invalid-request', `unknown pack "${name}" (one of ${PACK_NAMES.join(', ')})`);
  return name;
}

/**
 * Run a command body and turn failures into the CLI's contract: one line on stderr, exit code 2 for bad usage
 * or unreadable input, never a stack trace.
 */
export async function runCommand(body: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`jiaokan: ${message.split('\n')[0] ?? ''}\n`);
    process.exitCode = 2;
  }
}
