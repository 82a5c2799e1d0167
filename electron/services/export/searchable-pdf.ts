import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  type PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  TextRenderingMode,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  type PDFFont,
} from 'pdf-lib';
import type { OcrResult, OcrWord } from '../../../shared/model/ocr';

/** One page of a searchable PDF: the scan as stored, and the corrected layout (shared/formats/realign). */
export interface PdfPageInput {
  /** JPEG or PNG bytes; JPEG is embedded as is, so the page renders exactly as the scan. */
  readonly image: Uint8Array;
  readonly imageType: 'jpeg' | 'png';
  /** Resolution of the scan in pixels per inch; sets the page's size in points. */
  readonly dpi: number;
  readonly layout: OcrResult;
}

/** A TrueType font for the text layer; the first font of the list that has a character draws it. */
export interface TextLayerFont {
  readonly bytes: Uint8Array;
}

interface EmbeddedFont {
  readonly font: PDFFont;
  readonly name: PDFName;
  readonly covers: ReadonlySet<number>;
}

/**
 * A PDF with one page per input: the image full-page, and over it an invisible text layer (render mode 3) holding
 * each word of the layout at its box, stretched horizontally (Tz) to the box's width so selection and search hit
 * the right place. Each character is drawn with the first of `fonts` that has it (a Latin font, then a CJK one);
 * only the glyphs used are embedded. Characters no font has cannot be searched for; they are listed in `missing`.
 */
export async function renderSearchablePdf(
  pages: readonly PdfPageInput[],
  fonts: readonly TextLayerFont[],
  metadata: { readonly title: string; readonly producer: string },
): Promise<{ bytes: Uint8Array; missing: string[] }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(metadata.title);
  pdf.setProducer(metadata.producer);
  pdf.setCreator(metadata.producer);
  const embedded = await Promise.all(fonts.map((f) => pdf.embedFont(f.bytes, { subset: true })));
  for (const input of pages) {
    const image =
      input.imageType === 'jpeg' ? await pdf.embedJpg(input.image) : await pdf.embedPng(input.image);
    const scale = 72 / input.dpi;
    const { width, height } = input.layout.imageSize;
    const page = pdf.addPage([width * scale, height * scale]);
    page.drawImage(image, { x: 0, y: 0, width: width * scale, height: height * scale });
    const pageFonts: EmbeddedFont[] = embedded.map((font) => ({
      font,
      name: page.node.newFontDictionary(font.name, font.ref),
      covers: new Set(font.getCharacterSet()),
    }));
    const operators: PDFOperator[] = [
      pushGraphicsState(),
      beginText(),
      setTextRenderingMode(TextRenderingMode.Invisible),
    ];
    for (const block of input.layout.blocks)
      for (const line of block.lines)
        for (const word of line.words)
          operators.push(...wordOperators(pageFonts, word, scale, height * scale));
    operators.push(endText(), popGraphicsState());
    page.pushOperators(...operators);
  }
  const missing = new Set<string>();
  const everything = embedded.map((font) => new Set(font.getCharacterSet()));
  for (const input of pages)
    for (const char of input.layout.text)
      if (!/\s/u.test(char) && !everything.some((set) => set.has(char.codePointAt(0) as number)))
        missing.add(char);
  return { bytes: await pdf.save({ useObjectStreams: true }), missing: [...missing] };
}

/** Splits text into runs drawn by one font each. */
function fontRuns(
  fonts: readonly EmbeddedFont[],
  text: string,
): { font: EmbeddedFont; text: string; chars: number }[] {
  const runs: { font: EmbeddedFont; text: string; chars: number }[] = [];
  const fallback = fonts[fonts.length - 1];
  if (!fallback) return runs;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    const font = fonts.find((f) => f.covers.has(code)) ?? fallback;
    const last = runs[runs.length - 1];
    if (last && last.font === font) {
      last.text += char;
      last.chars += 1;
    } else runs.push({ font, text: char, chars: 1 });
  }
  return runs;
}

function wordOperators(
  fonts: readonly EmbeddedFont[],
  word: OcrWord,
  scale: number,
  pageHeight: number,
): PDFOperator[] {
  const boxWidth = (word.box.x1 - word.box.x0) * scale;
  const boxHeight = (word.box.y1 - word.box.y0) * scale;
  if (boxWidth <= 0 || boxHeight <= 0 || word.text === '') return [];
  const size = Math.max(1, boxHeight);
  const runs = fontRuns(fonts, word.text);
  const chars = runs.reduce((n, r) => n + r.chars, 0);
  // PDF's origin is bottom-left; the baseline sits a fifth of the box above its bottom (the descender).
  const y = pageHeight - word.box.y1 * scale + boxHeight * 0.2;
  let x = word.box.x0 * scale;
  const operators: PDFOperator[] = [];
  for (const run of runs) {
    const runWidth = (boxWidth * run.chars) / chars;
    const natural = run.font.font.widthOfTextAtSize(run.text, size);
    const stretch = natural > 0 ? (100 * runWidth) / natural : 100;
    operators.push(
      setFontAndSize(run.font.name, size),
      PDFOperator.of(PDFOperatorNames.SetTextHorizontalScaling, [PDFNumber.of(stretch)]),
      setTextMatrix(1, 0, 0, 1, x, y),
      showText(run.font.font.encodeText(run.text)),
    );
    x += runWidth;
  }
  return operators;
}
