import { XMLParser } from 'fast-xml-parser';

/** An XML element as a plain tree: local name (namespace prefix dropped), attributes, children in order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** An element or a run of character data. */
export type XmlNode = XmlElement | string;

type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // hOCR written as HTML leaves these open; XHTML closes them, which the parser accepts too.
  unpairedTags: ['meta', 'br', 'link', 'img', 'hr', 'input'],
});

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

function convert(nodes: readonly OrderedNode[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      const value = node[key];
      if (key === '#text') {
        out.push(String(value));
      } else if (!key.startsWith('?') && !key.startsWith('!')) {
        const attributes: Record<string, string> = {};
        const rawAttributes = node[':@'];
        if (rawAttributes && typeof rawAttributes === 'object') {
          for (const [name, attribute] of Object.entries(rawAttributes))
            attributes[localName(name)] = String(attribute);
        }
        const children = Array.isArray(value) ? convert(value as OrderedNode[]) : [];
        out.push({ name: localName(key), attributes, children });
      }
    }
  }
  return out;
}

/** Parses an XML (or XHTML) document into plain elements. Throws with the parser's message when it is not XML. */
export function parseXml(source: string): XmlElement[] {
  const parsed: unknown = parser.parse(source);
  if (!Array.isArray(parsed)) throw new Error('not an XML document');
  return convert(parsed as OrderedNode[]).filter((node): node is XmlElement => typeof node !== 'string');
}

/** All character data inside a node, in document order. */
export function textContent(node: XmlNode): string {
  if (typeof node === 'string') return node;
  return node.children.map(textContent).join('');
}

/** Every element below `root` (depth first, document order) for which `match` holds; stops descending at a match. */
export function findElements(
  root: readonly XmlNode[],
  match: (element: XmlElement) => boolean,
): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      if (match(node)) found.push(node);
      else walk(node.children);
    }
  };
  walk(root);
  return found;
}
