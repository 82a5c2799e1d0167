import { describe, expect, it } from 'vitest';
import { fromAlto } from '../../../../shared/formats/from-alto';
import { wordsOf } from '../../../../shared/model/ocr';

const alto = (unit: string, pages: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">
  <Description><MeasurementUnit>${unit}</MeasurementUnit>
    <OCRProcessing ID="p"><ocrProcessingStep><processingSoftware><softwareName>ABBYY FineReader</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing>
  </Description>
  <Layout>${pages}</Layout>
</alto>`;

const page = `<Page ID="p1" WIDTH="1000" HEIGHT="800" PHYSICAL_IMG_NR="1"><PrintSpace>
  <TextBlock ID="b1" HPOS="10" VPOS="10" WIDTH="500" HEIGHT="60" LANG="chi_sim">
    <TextLine HPOS="10" VPOS="10" WIDTH="500" HEIGHT="30">
      <String CONTENT="本报讯" HPOS="10" VPOS="10" WIDTH="90" HEIGHT="30" WC="0.91"/><SP/>
      <String CONTENT="记者" HPOS="110" VPOS="10" WIDTH="60" HEIGHT="30" WC="0.5"/>
      <String CONTENT="高云哲" HPOS="170" VPOS="10" WIDTH="90" HEIGHT="30"/>
    </TextLine>
  </TextBlock>
  <ComposedBlock><TextBlock ID="b2" HPOS="10" VPOS="100" WIDTH="500" HEIGHT="60">
    <TextLine HPOS="10" VPOS="100" WIDTH="500" HEIGHT="30">
      <String CONTENT="Air" HPOS="10" VPOS="100" WIDTH="40" HEIGHT="30" WC="1"/><SP/>
      <String CONTENT="Quali" HPOS="60" VPOS="100" WIDTH="60" HEIGHT="30" WC="1"/><HYP CONTENT="-"/>
    </TextLine>
    <TextLine HPOS="10" VPOS="130" WIDTH="500" HEIGHT="30">
      <String CONTENT="ty &amp; Index" HPOS="10" VPOS="130" WIDTH="40" HEIGHT="30" WC="1"/>
    </TextLine>
  </TextBlock></ComposedBlock>
</PrintSpace></Page>`;

describe('fromAlto', () => {
  it('keeps spaces where the file has SP, hyphens from HYP, and gives exact word ranges', () => {
    const result = fromAlto(alto('pixel', page), { createdAt: 't' });
    expect(result.text).toBe('本报讯 记者高云哲\n\nAir Quali-\nty & Index\n');
    expect(result.engine).toBe('alto');
    expect(result.engineVersion).toBe('ABBYY FineReader');
    expect(result.language).toBe('chi_sim');
    expect(result.imageSize).toEqual({ width: 1000, height: 800 });
    const words = wordsOf(result);
    for (const word of words) expect(result.text.slice(word.range.start, word.range.end)).toBe(word.text);
    expect(words[0]).toMatchObject({ box: { x0: 10, y0: 10, x1: 100, y1: 40 }, confidence: 91 });
    expect(words[1]?.confidence).toBe(50);
  });

  it('scales mm10 coordinates to the scan size and refuses them without it', () => {
    const result = fromAlto(alto('mm10', page), { createdAt: 't', imageSize: { width: 2000, height: 1600 } });
    expect(wordsOf(result)[0]?.box).toEqual({ x0: 20, y0: 20, x1: 200, y1: 80 });
    expect(() => fromAlto(alto('mm10', page), { createdAt: 't' })).toThrow(/pixel size/);
  });

  it('picks a page of a multi-page file and rejects non-ALTO XML', () => {
    const two = alto('pixel', page + page.replace('本报讯', '第二页'));
    expect(fromAlto(two, { createdAt: 't', pageIndex: 1 }).text.startsWith('第二页 记者')).toBe(true);
    expect(() => fromAlto(two, { createdAt: 't', pageIndex: 5 })).toThrow(/no page 6/);
    expect(() => fromAlto('<root/>', { createdAt: 't' })).toThrow(/not an ALTO/);
  });
});
