export * from './geometry';
export * from './ocr';
export * from './page';
export * from './version';
export * from './finding';
