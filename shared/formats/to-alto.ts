import type { Box } from '../model/geometry';
import type { OcrResult, OcrWord } from '../model/ocr';
import { languageTag } from './to-hocr';
import { escapeXml } from './xml-escape';

/** Options for writing ALTO. */
export interface ToAltoOptions {
  /** File name of the page image, for `sourceImageInformation`. */
  readonly imageName?: string;
  /** 1-based number of the page image, ALTO's PHYSICAL_IMG_NR. */
  readonly pageNumber?: number;
  /** Version of Jiaokan named in the processing information. */
  readonly softwareVersion: string;
  /** ISO 8601 time of the export. */
  readonly processedAt: string;
}

const ALTO_NS = 'http://www.loc.gov/standards/alto/ns-v4#';
const ALTO_XSD = 'http://www.loc.gov/standards/alto/v4/alto-4-4.xsd';
// Scripts written with spaces between words; only between two such words does ALTO get an SP.
const SPACED = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]/u;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function position(box: Box): string {
  const width = Math.max(0, box.x1 - box.x0);
  const height = Math.max(0, box.y1 - box.y0);
  return `HPOS="${round(box.x0)}" VPOS="${round(box.y0)}" WIDTH="${round(width)}" HEIGHT="${round(height)}"`;
}

/** True when the text between two words holds a space and both sides are in a spaced script. */
function spaceBetween(text: string, left: OcrWord, right: OcrWord): boolean {
  const gap = text.slice(left.range.end, right.range.start);
  const last = Array.from(left.text).at(-1) ?? '';
  const first = Array.from(right.text)[0] ?? '';
  return /\s/u.test(gap) && SPACED.test(last) && SPACED.test(first);
}

/**
 * Writes an OcrResult (usually the corrected one from realign) as ALTO 4.4 in pixel units: Page (image size) ›
 * PrintSpace › TextBlock per block › TextLine › String per word with CONTENT, its box, WC (confidence 0–1) and
 * CS="true" on corrected words, SP only between two words of spaced scripts (Chinese gets none). The Description
 * names Jiaokan as the processing software.
 */
export function toAlto(result: OcrResult, options: ToAltoOptions): string {
  const lang = languageTag(result.language);
  const { width, height } = result.imageSize;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<alto xmlns="${ALTO_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ALTO_NS} ${ALTO_XSD}">`,
    '<Description>',
    '<MeasurementUnit>pixel</MeasurementUnit>',
  ];
  if (options.imageName !== undefined)
    out.push(
      `<sourceImageInformation><fileName>${escapeXml(options.imageName)}</fileName></sourceImageInformation>`,
    );
  out.push(
    '<Processing ID="PROC_1">',
    `<processingDateTime>${escapeXml(options.processedAt)}</processingDateTime>`,
    `<processingStepDescription>OCR by ${escapeXml(`${result.engine} ${result.engineVersion}`)} (${escapeXml(result.language)}), proofread and exported by Jiaokan</processingStepDescription>`,
    '<processingSoftware>',
    '<softwareCreator>Jiaokan developers</softwareCreator>',
    '<softwareName>Jiaokan</softwareName>',
    `<softwareVersion>${escapeXml(options.softwareVersion)}</softwareVersion>`,
    '</processingSoftware>',
    '</Processing>',
    '</Description>',
    '<Layout>',
    `<Page ID="PAGE_1" PHYSICAL_IMG_NR="${options.pageNumber ?? 1}" WIDTH="${width}" HEIGHT="${height}" PROCESSINGREFS="PROC_1">`,
    `<PrintSpace HPOS="0" VPOS="0" WIDTH="${width}" HEIGHT="${height}">`,
  );
  let wordId = 0;
  result.blocks.forEach((block, b) => {
    out.push(`<TextBlock ID="BLOCK_${b + 1}" ${position(block.box)} LANG="${lang}">`);
    block.lines.forEach((line, l) => {
      out.push(`<TextLine ID="LINE_${b + 1}_${l + 1}" ${position(line.box)}>`);
      line.words.forEach((word, w) => {
        const previous = line.words[w - 1];
        if (previous && spaceBetween(result.text, previous, word)) {
          const x = previous.box.x1;
          const spaceWidth = Math.max(0, word.box.x0 - x);
          out.push(
            `<SP WIDTH="${round(spaceWidth)}" HPOS="${round(x)}" VPOS="${round(Math.min(previous.box.y0, word.box.y0))}"/>`,
          );
        }
        wordId += 1;
        const wc = Math.min(1, Math.max(0, word.confidence / 100));
        const cs = word.corrected ? ' CS="true"' : '';
        out.push(
          `<String ID="STRING_${wordId}" CONTENT="${escapeXml(word.text)}" ${position(word.box)} WC="${round(wc)}"${cs}/>`,
        );
      });
      out.push('</TextLine>');
    });
    out.push('</TextBlock>');
  });
  out.push('</PrintSpace>', '</Page>', '</Layout>', '</alto>', '');
  return out.join('\n');
}
