/**
 * Common OCR misreadings of English words (the Guiguts scanno lists are the model): the misread form and what
 * it usually stands for. Forms that are also real words (`arid`, `modem`) are reported as information only.
 */
export const LATIN_SCANNOS: Readonly<Record<string, string>> = {
  tbe: 'the',
  tlie: 'the',
  thc: 'the',
  tho: 'the',
  aud: 'and',
  arid: 'and',
  bad: 'had',
  tbat: 'that',
  wbich: 'which',
  wben: 'when',
  wbo: 'who',
  witb: 'with',
  frorn: 'from',
  rnay: 'may',
  rnore: 'more',
  tirne: 'time',
  sarne: 'same',
  rnust: 'must',
  sorne: 'some',
  cornrnon: 'common',
  modem: 'modern',
  bis: 'his',
  liis: 'his',
  lias: 'has',
  hut: 'but',
  ou: 'on',
  iu: 'in',
  aiid: 'and',
};

/** Scannos that are also English words: only information, never a safe fix. */
export const REAL_WORD_SCANNOS: ReadonlySet<string> = new Set([
  'arid',
  'bad',
  'modem',
  'bis',
  'hut',
  'tho',
  'ou',
]);

/** Characters that OCR confuses in Chinese, each with its look-alikes (checked only on low-confidence words). */
export const CJK_CONFUSIONS: Readonly<Record<string, string>> = {
  己: '已巳',
  已: '己巳',
  巳: '己已',
  未: '末',
  末: '未',
  土: '士',
  士: '土',
  日: '曰',
  曰: '日',
  人: '入',
  入: '人',
};
