import type { Box } from '../model/geometry';
import type { OcrBlockKind, OcrResult } from '../model/ocr';
import { assembleText, isCjkJoin, type RawBlock, type RawLine, type RawWord } from './text-assembly';
import { findElements, parseXml, textContent, type XmlElement } from './xml-tree';

/** Options for reading hOCR. */
export interface FromHocrOptions {
  /** Which `ocr_page` of a multi-page file (TIFF, PDF) to read; 0 for the first. */
  readonly pageIndex?: number;
  /** Language to record when the file names none. */
  readonly language?: string;
  /** ISO 8601 time of the import. */
  readonly createdAt: string;
}

const LINE_CLASSES = ['ocr_line', 'ocr_header', 'ocr_caption', 'ocr_textfloat'];

function classes(element: XmlElement): string[] {
  return (element.attributes.class ?? '').split(/\s+/).filter(Boolean);
}

function hasClass(element: XmlElement, names: readonly string[]): boolean {
  return classes(element).some((c) => names.includes(c));
}

/** The `key value…` properties of an hOCR `title` attribute. */
function titleProperty(element: XmlElement, key: string): string | undefined {
  for (const part of (element.attributes.title ?? '').split(';')) {
    const trimmed = part.trim();
    if (trimmed.startsWith(`${key} `)) return trimmed.slice(key.length + 1).trim();
  }
  return undefined;
}

function bbox(element: XmlElement): Box | undefined {
  const value = titleProperty(element, 'bbox');
  if (!value) return undefined;
  const numbers = value.split(/\s+/).map(Number);
  const [x0, y0, x1, y1] = numbers;
  if (numbers.length !== 4 || x0 === undefined || y0 === undefined || x1 === undefined || y1 === undefined)
    return undefined;
  if (![x0, y0, x1, y1].every(Number.isFinite)) return undefined;
  return { x0, y0, x1, y1 };
}

const NO_BOX: Box = { x0: 0, y0: 0, x1: 0, y1: 0 };

function lineKind(line: XmlElement): OcrBlockKind {
  if (hasClass(line, ['ocr_header'])) return 'heading';
  if (hasClass(line, ['ocr_caption'])) return 'caption';
  return 'text';
}

function readLine(line: XmlElement): RawLine {
  const words: RawWord[] = [];
  let previous = '';
  for (const word of findElements(line.children, (e) => hasClass(e, ['ocrx_word']))) {
    const text = textContent(word).trim();
    if (text === '') continue;
    const confidence = Number(titleProperty(word, 'x_wconf') ?? 'NaN');
    // hOCR has no space marker: Latin words are space-separated, CJK characters are not.
    words.push({
      text,
      box: bbox(word) ?? NO_BOX,
      confidence: Number.isFinite(confidence) ? confidence : 0,
      spaceBefore: previous !== '' && !isCjkJoin(previous, text),
    });
    previous = text;
  }
  return { words, box: bbox(line) ?? NO_BOX };
}

/**
 * Reads hOCR (Tesseract's and other engines' HTML with `ocr_page`, `ocr_par`, `ocr_line`, `ocrx_word`) into an
 * OcrResult. Each paragraph becomes a block; a block's kind comes from its lines (`ocr_header` → heading).
 * Coordinates are the file's pixel boxes; the image size is the page's bbox. Throws when the file is not hOCR.
 */
export function fromHocr(source: string, options: FromHocrOptions): OcrResult {
  const root = parseXml(source);
  const pages = findElements(root, (e) => hasClass(e, ['ocr_page']));
  const page = pages[options.pageIndex ?? 0];
  if (!page)
    throw new Error(
      pages.length === 0
        ? 'no ocr_page in the hOCR file'
        : `the hOCR file has no page ${(options.pageIndex ?? 0) + 1}`,
    );
  const pageBox = bbox(page) ?? NO_BOX;
  const blocks: RawBlock[] = [];
  const paragraphs = findElements(page.children, (e) => hasClass(e, ['ocr_par']));
  // Files without paragraphs still group lines in content areas.
  const groups =
    paragraphs.length > 0 ? paragraphs : findElements(page.children, (e) => hasClass(e, ['ocr_carea']));
  for (const group of groups) {
    const lines = findElements(group.children, (e) => hasClass(e, LINE_CLASSES));
    const first = lines[0];
    blocks.push({
      lines: lines.map(readLine),
      box: bbox(group) ?? NO_BOX,
      kind: first ? lineKind(first) : 'text',
    });
  }
  const { blocks: ocrBlocks, text } = assembleText(blocks);
  const system = findElements(root, (e) => e.name === 'meta' && e.attributes.name === 'ocr-system').at(0)
    ?.attributes.content;
  const language = findElements(page.children, (e) => e.attributes.lang !== undefined).at(0)?.attributes.lang;
  return {
    engine: 'hocr',
    engineVersion: system ?? 'unknown',
    language: language ?? options.language ?? 'unknown',
    imageSize: { width: pageBox.x1 - pageBox.x0, height: pageBox.y1 - pageBox.y0 },
    blocks: ocrBlocks,
    text,
    createdAt: options.createdAt,
  };
}
