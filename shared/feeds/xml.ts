/**
 * The little XML the Atom renderer writes: elements with escaped text and attributes. Text is
 * escaped rather than put in CDATA, so no content (`]]>` included) can end a section early;
 * callers pass strings already cleaned of what XML 1.0 forbids (`cleanText`).
 */

/** Attribute values by name; `undefined` and `null` leave the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Escapes character data for element content.
 *
 * @param text - cleaned text
 * @returns the text with `&`, `<` and `>` escaped
 */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes a double-quoted attribute value. Tabs and line breaks become character references,
 * which attribute-value normalization would otherwise turn into spaces.
 *
 * @param value - cleaned text
 * @returns the escaped value
 */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function openTag(name: string, attributes: XmlAttributes): string {
  let tag = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    tag += ` ${key}="${escapeXmlAttribute(String(value))}"`;
  }
  return tag;
}

/**
 * An element holding already serialized children, or empty (`<link …/>`) without any.
 *
 * @param name - the qualified name
 * @param attributes - its attributes, in order
 * @param children - serialized child elements or escaped text
 * @returns the serialized element
 * @example
 * xmlElement('link', { rel: 'self', href: 'https://x/a.atom' }); // '<link rel="self" href="https://x/a.atom"/>'
 */
export function xmlElement(name: string, attributes: XmlAttributes, ...children: string[]): string {
  const start = openTag(name, attributes);
  return children.length === 0 ? `${start}/>` : `${start}>${children.join('')}</${name}>`;
}

/**
 * An element holding text.
 *
 * @param name - the qualified name
 * @param text - cleaned text, escaped here
 * @param attributes - its attributes
 * @returns the serialized element
 */
export function xmlTextElement(name: string, text: string, attributes: XmlAttributes = {}): string {
  return `${openTag(name, attributes)}>${escapeXmlText(text)}</${name}>`;
}
