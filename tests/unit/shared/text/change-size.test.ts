import { diffChars } from 'diff';
import { describe, expect, it } from 'vitest';
import { changeSize } from '../../../../shared/text/change-size';

/** The same counts from an uncut diff, to check that cutting the shared start and end changes nothing. */
function reference(before: string, after: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const change of diffChars(before, after)) {
    if (change.added) added += change.count;
    else if (change.removed) removed += change.count;
  }
  return { added, removed };
}

describe('changeSize', () => {
  it('is zero for equal texts', () => {
    expect(changeSize('', '')).toEqual({ added: 0, removed: 0 });
    expect(changeSize('今天天气很好', '今天天气很好')).toEqual({ added: 0, removed: 0 });
  });

  it('counts a first version as all added and an emptied page as all removed', () => {
    expect(changeSize('', '今天 天气')).toEqual({ added: 5, removed: 0 });
    expect(changeSize('abc', '')).toEqual({ added: 0, removed: 3 });
  });

  it('counts a replaced OCR character as one removed and one added', () => {
    expect(changeSize('这是广本。', '这是文本。')).toEqual({ added: 1, removed: 1 });
  });

  it('counts removed spaces between CJK characters', () => {
    expect(changeSize('今天 天 气 很 好 ，', '今天天气很好，')).toEqual({ added: 0, removed: 5 });
  });

  it('counts an astral ideograph once, also at the edge of the shared start', () => {
    expect(changeSize('a𠀀b', 'a𠀁b')).toEqual({ added: 1, removed: 1 });
    expect(changeSize('𠀀x', '𠀀')).toEqual({ added: 0, removed: 1 });
    expect(changeSize('x𠀀', '𠀀')).toEqual({ added: 0, removed: 1 });
    // Same high surrogate, different low one: the pair differs as a whole.
    expect(changeSize('𠀀', '𠀁')).toEqual({ added: 1, removed: 1 });
  });

  it('agrees with an uncut diff on edits spread through a page', () => {
    const page = 'The quick brown fox jumps over the lazy dog.\n大气污染防治工作取得新进展。\n'.repeat(20);
    const edited = page
      .replace('quick', 'quiet')
      .replace(/污染/g, '汚染')
      .replace('lazy dog.\n大', 'lazy cat.\n\n大')
      .slice(3);
    expect(changeSize(page, edited)).toEqual(reference(page, edited));
    expect(changeSize(edited, page)).toEqual(reference(edited, page));
  });
});
