/**
 * Escapes text for XML character data and for attribute values in double quotes, which is how the ALTO and
 * hOCR writers quote every attribute; an apostrophe stays as it is (`Devil's`, readable in the file).
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}
