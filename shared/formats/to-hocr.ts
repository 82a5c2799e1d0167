import { unionBox, type Box } from '../model/geometry';
import type { OcrLine, OcrResult, OcrWord } from '../model/ocr';
import { isCjkJoin } from './text-assembly';
import { escapeXml } from './xml-escape';

/** Options for writing hOCR. */
export interface ToHocrOptions {
  /** File name of the page image, recorded in the page's `image` property. */
  readonly imageName?: string;
  /** Page number within the source file (TIFF page), 0-based. */
  readonly pageIndex?: number;
}

// Tesseract language codes to BCP 47 tags for the `lang` attributes.
const BCP47: Readonly<Record<string, string>> = {
  chi_sim: 'zh-Hans',
  chi_sim_vert: 'zh-Hans',
  chi_tra: 'zh-Hant',
  chi_tra_vert: 'zh-Hant',
  eng: 'en',
  jpn: 'ja',
  kor: 'ko',
};

/** The BCP 47 tag for a Tesseract language string: its first language decides; `und` when unknown. */
export function languageTag(language: string): string {
  const first = language.split('+')[0] ?? '';
  return BCP47[first] ?? 'und';
}

function bbox(b: Box): string {
  return `bbox ${Math.round(b.x0)} ${Math.round(b.y0)} ${Math.round(b.x1)} ${Math.round(b.y1)}`;
}

interface HocrWord {
  readonly text: string;
  readonly box: Box;
  readonly confidence: number;
}

/**
 * hOCR words of a line. Words that touch in the text with CJK on both sides of the join are one run of
 * unspaced script and become one ocrx_word (box = union, confidence = the lowest, so a doubtful glyph still
 * shows), as Tesseract itself writes Chinese; anything separated by a space stays its own word.
 */
function hocrWords(text: string, line: OcrLine): HocrWord[] {
  const merged: { first: OcrWord; last: OcrWord; box: Box; confidence: number }[] = [];
  for (const word of line.words) {
    const current = merged[merged.length - 1];
    if (current && current.last.range.end === word.range.start && isCjkJoin(current.last.text, word.text)) {
      current.last = word;
      current.box = unionBox([current.box, word.box]) ?? word.box;
      current.confidence = Math.min(current.confidence, word.confidence);
    } else {
      merged.push({ first: word, last: word, box: word.box, confidence: word.confidence });
    }
  }
  return merged.map((m) => ({
    text: text.slice(m.first.range.start, m.last.range.end),
    box: m.box,
    confidence: m.confidence,
  }));
}

/**
 * Writes an OcrResult as hOCR 1.2: XHTML with ocr_page › ocr_carea › ocr_par › ocr_line › ocrx_word, each with
 * its `bbox` in source-image pixels, words with `x_wconf` (0–100), `lang` on the page. Each OcrBlock is one
 * content area holding one paragraph, as blocks are paragraph-sized. Word text is sliced from `result.text`, so
 * it is what the editor shows.
 */
export function toHocr(result: OcrResult, options: ToHocrOptions = {}): string {
  const lang = languageTag(result.language);
  const pageIndex = options.pageIndex ?? 0;
  const { width, height } = result.imageSize;
  const pageTitle = [
    ...(options.imageName === undefined ? [] : [`image "${options.imageName.replace(/"/g, '')}"`]),
    `bbox 0 0 ${width} ${height}`,
    `ppageno ${pageIndex}`,
  ].join('; ');
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
    '    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    `<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="${lang}" lang="${lang}">`,
    '<head>',
    '<title></title>',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
    `<meta name="ocr-system" content="${escapeXml(`${result.engine} ${result.engineVersion}`)}" />`,
    '<meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf ocrp_lang" />',
    '</head>',
    '<body>',
    `<div class="ocr_page" id="page_${pageIndex + 1}" lang="${lang}" title="${escapeXml(pageTitle)}">`,
  ];
  let wordNumber = 0;
  result.blocks.forEach((block, b) => {
    const blockId = `${pageIndex + 1}_${b + 1}`;
    out.push(`<div class="ocr_carea" id="block_${blockId}" title="${bbox(block.box)}">`);
    out.push(`<p class="ocr_par" id="par_${blockId}" lang="${lang}" title="${bbox(block.box)}">`);
    block.lines.forEach((line, l) => {
      out.push(`<span class="ocr_line" id="line_${blockId}_${l + 1}" title="${bbox(line.box)}">`);
      for (const word of hocrWords(result.text, line)) {
        wordNumber += 1;
        const title = `${bbox(word.box)}; x_wconf ${Math.round(word.confidence)}`;
        out.push(
          `<span class="ocrx_word" id="word_${pageIndex + 1}_${wordNumber}" title="${title}">${escapeXml(word.text)}</span>`,
        );
      }
      out.push('</span>');
    });
    out.push('</p>', '</div>');
  });
  out.push('</div>', '</body>', '</html>', '');
  return out.join('\n');
}
