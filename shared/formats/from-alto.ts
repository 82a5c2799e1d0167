import type { Box } from '../model/geometry';
import type { OcrResult } from '../model/ocr';
import { assembleText, type RawBlock, type RawLine, type RawWord } from './text-assembly';
import { findElements, parseXml, textContent, type XmlElement } from './xml-tree';

/** Options for reading ALTO. */
export interface FromAltoOptions {
  /** Which `Page` of a multi-page file to read; 0 for the first. */
  readonly pageIndex?: number;
  /** Language to record when the file names none. */
  readonly language?: string;
  /**
   * Pixel size of the scan. Needed only when the file measures in `mm10` or `inch1200`: coordinates are then
   * scaled by scan width / page width.
   */
  readonly imageSize?: { readonly width: number; readonly height: number };
  /** ISO 8601 time of the import. */
  readonly createdAt: string;
}

function numberAttribute(element: XmlElement, name: string): number | undefined {
  const raw = element.attributes[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Reads ALTO (versions 2–4: `Layout/Page/PrintSpace/TextBlock/TextLine/String`) into an OcrResult. Words are
 * separated exactly where the file has `SP`; a `HYP` ends its line with its hyphen. Confidence is `WC` (0–1)
 * scaled to 0–100. Throws when the file is not ALTO or its units cannot be converted to pixels.
 */
export function fromAlto(source: string, options: FromAltoOptions): OcrResult {
  const root = parseXml(source);
  const alto = root.find((e) => e.name === 'alto');
  if (!alto) throw new Error('not an ALTO file (no <alto> root)');
  const unit = findElements(alto.children, (e) => e.name === 'MeasurementUnit').at(0);
  const unitName = unit ? textContent(unit).trim() : 'pixel';
  const pages = findElements(alto.children, (e) => e.name === 'Page');
  const page = pages[options.pageIndex ?? 0];
  if (!page)
    throw new Error(
      pages.length === 0
        ? 'no Page in the ALTO file'
        : `the ALTO file has no page ${(options.pageIndex ?? 0) + 1}`,
    );
  const pageWidth = numberAttribute(page, 'WIDTH') ?? 0;
  const pageHeight = numberAttribute(page, 'HEIGHT') ?? 0;
  let scale = 1;
  if (unitName !== 'pixel') {
    if (!options.imageSize || pageWidth <= 0)
      throw new Error(`ALTO measured in ${unitName} needs the scan's pixel size`);
    scale = options.imageSize.width / pageWidth;
  }
  const box = (element: XmlElement): Box => {
    const x = numberAttribute(element, 'HPOS') ?? 0;
    const y = numberAttribute(element, 'VPOS') ?? 0;
    const w = numberAttribute(element, 'WIDTH') ?? 0;
    const h = numberAttribute(element, 'HEIGHT') ?? 0;
    return { x0: x * scale, y0: y * scale, x1: (x + w) * scale, y1: (y + h) * scale };
  };
  const readLine = (line: XmlElement): RawLine => {
    const words: RawWord[] = [];
    let space = false;
    let suffix = '';
    for (const child of line.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'SP') space = true;
      else if (child.name === 'HYP') suffix = child.attributes.CONTENT ?? '-';
      else if (child.name === 'String') {
        const wc = numberAttribute(child, 'WC');
        words.push({
          text: child.attributes.CONTENT ?? '',
          box: box(child),
          confidence: wc === undefined ? 0 : wc * 100,
          spaceBefore: space,
        });
        space = false;
      }
    }
    return { words, box: box(line), suffix };
  };
  const blocks: RawBlock[] = findElements(page.children, (e) => e.name === 'TextBlock').map((block) => ({
    lines: findElements(block.children, (e) => e.name === 'TextLine').map(readLine),
    box: box(block),
    kind: 'text',
  }));
  const { blocks: ocrBlocks, text } = assembleText(blocks);
  const software = findElements(alto.children, (e) => e.name === 'softwareName').at(0);
  const language = findElements(page.children, (e) => e.attributes.LANG !== undefined).at(0)?.attributes.LANG;
  return {
    engine: 'alto',
    engineVersion: (software ? textContent(software).trim() : '') || 'unknown',
    language: language ?? options.language ?? 'unknown',
    imageSize: options.imageSize ?? { width: pageWidth * scale, height: pageHeight * scale },
    blocks: ocrBlocks,
    text,
    createdAt: options.createdAt,
  };
}
