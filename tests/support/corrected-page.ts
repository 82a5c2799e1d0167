import { realign } from '../../shared/formats/realign';
import type { OcrResult } from '../../shared/model/ocr';
import { loadFixtureOcr, spacedVariant } from './fixture-ocr';
import { applyEdits, scriptedEdits } from './scripted-edits';

/** A fixture page as tesseract.js reads it, after a scripted proofreading session. */
export interface CorrectedPage {
  readonly ocr: OcrResult;
  readonly text: string;
  readonly layout: OcrResult;
}

/** OCR (spaced like tesseract.js), the text after scripted edits (join, unspace, replace, insert, delete), realigned. */
export function correctedPage(page: string): CorrectedPage {
  const ocr = spacedVariant(loadFixtureOcr(page));
  const text = applyEdits(ocr.text, scriptedEdits(ocr, 5));
  return { ocr, text, layout: realign(ocr, text) };
}
