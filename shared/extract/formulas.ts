/**
 * Formulas as text a reader can follow. Tech and science blogs write them in two ways that the
 * body lost or doubled:
 * - MathML, which KaTeX and MathJax 3 render on the server and Wikipedia serves: its
 *   presentation elements read "T=2π", and the TeX source it carries as an annotation read
 *   again after it ("T=2πT = 2\pi"). A formula with a TeX annotation becomes that TeX; one
 *   without becomes its shown text, its other annotations left out.
 * - MathJax 2's `<script type="math/tex">` (kramdown, Jekyll): a script the page typesets, which
 *   left the body with the other scripts ("heads in  of  flips"). It becomes its TeX source.
 */
import { type Element, Text } from 'domhandler';
import { isElement, replaceWith, textOf } from './content/dom.ts';

/** MathJax 2's formula scripts: `math/tex`, `math/tex; mode=display`, `math/asciimath`. */
const FORMULA_SCRIPT = /^\s*math\/(?:tex|asciimath)\b/i;

/** A MathML annotation's encodings of TeX. */
const TEX_ENCODING = /^\s*(?:application\/x-tex|tex)\s*$/i;

/** The annotations inside a MathML element (`annotation`, `annotation-xml`), in order. */
function annotationsOf(math: Element): Element[] {
  const found: Element[] = [];
  const stack = [...math.children];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined || !isElement(node)) continue;
    if (node.name === 'annotation' || node.name === 'annotation-xml') found.push(node);
    else stack.push(...node.children);
  }
  return found;
}

/** A formula's text: its TeX annotation, else its shown text without annotations. */
function formulaText(math: Element): string {
  const annotations = annotationsOf(math);
  const tex = annotations.find(
    (a) => a.name === 'annotation' && TEX_ENCODING.test(a.attribs.encoding ?? ''),
  );
  if (tex !== undefined) return textOf(tex).trim();
  for (const annotation of annotations) replaceWith(annotation, []);
  return textOf(math).trim();
}

/**
 * Replaces the page's formulas by their text, in place.
 *
 * @param elements - every element of the page, in document order (as `parsePage` lists them)
 * @returns how many formulas were replaced: when any were, the list holds detached elements
 *   and the page must be indexed again
 */
export function formulasAsText(elements: readonly Element[]): number {
  let replaced = 0;
  for (const el of elements) {
    const isFormula =
      el.name === 'math' || (el.name === 'script' && FORMULA_SCRIPT.test(el.attribs.type ?? ''));
    // A formula inside one already replaced is detached with it.
    if (!isFormula || el.parent === null) continue;
    const text = el.name === 'math' ? formulaText(el) : textOf(el).trim();
    replaceWith(el, text === '' ? [] : [new Text(text)]);
    replaced++;
  }
  return replaced;
}
