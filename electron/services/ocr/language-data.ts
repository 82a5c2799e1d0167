import { copyFile, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { JiaokanError } from '../../../shared/ipc/errors';
import { LANGUAGE_CODES, type LanguageCode } from '../../../shared/model/ocr';

/**
 * Splits and checks a Tesseract language string (`chi_sim`, `chi_sim+eng`): every part must be a language
 * Jiaokan ships, once. Anything else is `bad-input`, before any worker starts.
 */
export function parseLanguage(language: string): LanguageCode[] {
  const parts = language.split('+');
  const known: readonly string[] = LANGUAGE_CODES;
  for (const part of parts) {
    if (!known.includes(part)) {
      throw new JiaokanError(
        'bad-input',
        `Unknown OCR language "${part}" (known: ${LANGUAGE_CODES.join(', ')}, joined with + for several)`,
      );
    }
  }
  if (new Set(parts).size !== parts.length) {
    throw new JiaokanError('bad-input', `OCR language "${language}" names a language twice`);
  }
  return parts as LanguageCode[];
}

/**
 * Folder of the bundled `<lang>.traineddata.gz` for a language: the `4.0.0_best_int` data of the npm package
 * `@tesseract.js-data/<lang>` (LSTM, integer weights: faster and, on the fixture pages, more accurate than
 * `4.0.0`; for Chinese it also carries the CJK layout settings that keep columns apart).
 */
export function bundledLanguageFolder(language: LanguageCode): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`@tesseract.js-data/${language}/package.json`)), '4.0.0_best_int');
}

/**
 * tesseract.js reads every language from ONE folder (`langPath/<lang>.traineddata.gz`), while each language is
 * its own npm package. This keeps a private folder that gathers the ones asked for, copied once each, so any
 * combination loads from local disk. Copies rather than links: links need privileges on Windows and do not
 * reach into an asar archive.
 */
export interface LanguageFolder {
  /** The folder to give tesseract.js as `langPath`, holding the data of every language in `languages`. */
  prepare(languages: readonly LanguageCode[]): Promise<string>;
  /** Removes the folder. */
  dispose(): Promise<void>;
}

/** A LanguageFolder under `parent` (default: the OS temp folder), fed from `sourceFolder` per language. */
export function createLanguageFolder(
  sourceFolder: (language: LanguageCode) => string = bundledLanguageFolder,
  parent: string = tmpdir(),
): LanguageFolder {
  let folder: Promise<string> | undefined;
  const copies = new Map<LanguageCode, Promise<void>>();

  const copy = async (target: string, language: LanguageCode): Promise<void> => {
    const file = `${language}.traineddata.gz`;
    const source = join(sourceFolder(language), file);
    try {
      await stat(source);
    } catch {
      throw new JiaokanError('internal', `OCR data for ${language} is missing: ${source}`);
    }
    // Copy under a temp name and rename, so a worker never reads a half-copied file.
    const partial = join(target, `.${file}.partial`);
    await copyFile(source, partial);
    await rename(partial, join(target, file));
  };

  return {
    async prepare(languages) {
      folder ??= (async () => {
        await mkdir(parent, { recursive: true });
        return mkdtemp(join(parent, 'jiaokan-tessdata-'));
      })();
      const target = await folder;
      await Promise.all(
        languages.map((language) => {
          let done = copies.get(language);
          if (!done) {
            done = copy(target, language);
            copies.set(language, done);
            done.catch(() => copies.delete(language));
          }
          return done;
        }),
      );
      return target;
    },
    async dispose() {
      if (folder) await rm(await folder, { recursive: true, force: true });
      folder = undefined;
      copies.clear();
    },
  };
}
