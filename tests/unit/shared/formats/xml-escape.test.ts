import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../../shared/formats/xml-escape';

describe('escapeXml', () => {
  it('escapes the characters that break text or a double-quoted attribute, and keeps apostrophes', () => {
    expect(escapeXml(`a&b <c> "d" Devil's 校勘`)).toBe("a&amp;b &lt;c&gt; &quot;d&quot; Devil's 校勘");
  });

  it('reads back unchanged from an attribute and from text', () => {
    const value = `R&D <b> "quoted" it's &amp; 完成`;
    const xml = `<w CONTENT="${escapeXml(value)}">${escapeXml(value)}</w>`;
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      w: { CONTENT: string; '#text': string };
    };
    expect(parsed.w.CONTENT).toBe(value);
    expect(parsed.w['#text']).toBe(value);
  });
});
