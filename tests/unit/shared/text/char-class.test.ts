import { describe, expect, it } from 'vitest';
import {
  CharClass,
  charClass,
  charClassAt,
  isCjkLetter,
  isUnspacedLetter,
  isWide,
} from '../../../../shared/text/char-class';

const of = (s: string): number => charClass(s.charCodeAt(0));

describe('char classes', () => {
  it('classifies the scripts and forms the checks decide from', () => {
    expect(of('汉')).toBe(CharClass.Han);
    expect(of('〇')).toBe(CharClass.Han);
    expect(of('か')).toBe(CharClass.Kana);
    expect(of('한')).toBe(CharClass.Hangul);
    expect(of('，')).toBe(CharClass.CjkPunctuation);
    expect(of('。')).toBe(CharClass.CjkPunctuation);
    expect(of('５')).toBe(CharClass.FullWidthDigit);
    expect(of('Ａ')).toBe(CharClass.FullWidthLatin);
    expect(of('é')).toBe(CharClass.Latin);
    expect(of('7')).toBe(CharClass.Digit);
    expect(of(',')).toBe(CharClass.Punctuation);
    expect(of('\u3000')).toBe(CharClass.Space);
    expect(of('\n')).toBe(CharClass.Newline);
    expect(charClassAt('𠀀', 0)).toBe(CharClass.Han);
    expect(charClassAt('a', 5)).toBe(CharClass.Other);
  });

  it('groups them', () => {
    expect(isUnspacedLetter(CharClass.Hangul)).toBe(false);
    expect(isCjkLetter(CharClass.Hangul)).toBe(true);
    expect(isWide(CharClass.FullWidthDigit)).toBe(true);
    expect(isWide(CharClass.Latin)).toBe(false);
  });
});
