/** Why a version was written. */
export const VERSION_ORIGINS = ['ocr', 'import', 'edit', 'fix', 'restore'] as const;

/** Why a version was written. */
export type VersionOrigin = (typeof VERSION_ORIGINS)[number];

/** A saved text of a page; immutable once written. `n` counts from 1. */
export interface Version {
  readonly n: number;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly note: string;
  readonly origin: VersionOrigin;
  /** Hex SHA-256 of the UTF-8 bytes of the version's text. */
  readonly sha256: string;
  /** Length of the text in UTF-16 code units. */
  readonly chars: number;
}
