/**
 * Readers' comments told by the control each offers to answer it ("Reply", "Trả lời",
 * "Antworten"), whatever their markup's classes say: a thread set in class-less boxes after the
 * article, or in the article's own block, has no class or heading the other rules can read.
 */
import type { AnyNode, Element } from 'domhandler';
import { descendants, isBelow, isElement, precedes, squash, textOf } from './dom.ts';
import { BLOCK } from './score.ts';

/** A control's whole text that answers a comment, in the languages publishers write it. */
const REPLY =
  /^(?:reply|antworten|répondre|responder|rispondi|beantwoorden|svara|svar|odpowiedz|ответить|trả lời|balas|yanıtla|返信|回复|답글|رد)$/iu;

/** The most characters a comment box shows for each "Reply" it holds: more holds an article. */
const LONGEST_COMMENT = 2000;

/** Whether a link or button is one that answers a comment: its whole text says "Reply". */
function isReplyControl(el: Element): boolean {
  if (el.name !== 'a' && el.name !== 'button') return false;
  const text = textOf(el);
  return text.length <= 40 && REPLY.test(squash(text));
}

/** The child of `box` that holds `node`. */
function childHolding(box: Element, node: AnyNode): AnyNode {
  let child = node;
  while (child.parent !== null && child.parent !== box) child = child.parent;
  return child;
}

/**
 * Whether a box holding `replies` answer controls (in document order) is one comment: a box of
 * lines (a `<p>` with a "Reply" link is a paragraph), without a headline, whose replies after its
 * own control are nested in one box after it, and whose text besides them is no longer than a
 * comment's. A block holding the article and then a thread holds its first reply in the thread,
 * with the others.
 */
function isCommentBox(box: Element, replies: readonly Element[]): boolean {
  const [own, ...nested] = replies as [Element, ...Element[]];
  const sub = nested.length === 0 ? null : childHolding(box, nested[0] as Element);
  if (box.name === 'p' || (sub !== null && (isBelow(own, sub) || !precedes(own, sub))))
    return false;
  if (nested.some((reply) => !isBelow(reply, sub as AnyNode) && reply !== sub)) return false;
  const length = textOf(box).length - (sub === null ? 0 : textOf(sub).length);
  if (length > LONGEST_COMMENT) return false;
  let lines = false;
  for (const d of descendants(box)) {
    if (d.name === 'h1') return false;
    if (BLOCK.has(d.name)) lines = true;
  }
  return lines;
}

/**
 * Adds to `out` the comments of the threads among `replies`: below the deepest block holding
 * them, the boxes side by side that each hold some and read as comments ({@link isCommentBox}),
 * when two or more do; a box that does not (the article's block, holding a thread) is searched
 * the same way.
 */
function collectComments(replies: readonly Element[], out: Element[]): void {
  // The deepest block holding them all.
  let top = (replies[0] as Element).parent;
  while (top !== null && !replies.every((reply) => isBelow(reply, top as AnyNode)))
    top = top.parent;
  if (top === null) return;
  const held = new Map<Element, Element[]>();
  for (const reply of replies) {
    let child: AnyNode = reply;
    while (child.parent !== null && child.parent !== top) child = child.parent;
    if (child === reply || !isElement(child)) continue;
    const inside = held.get(child);
    if (inside === undefined) held.set(child, [reply]);
    else inside.push(reply);
  }
  const comments = [...held]
    .filter(([box, inside]) => isCommentBox(box, inside))
    .map(([box]) => box);
  if (comments.length < 2) comments.length = 0;
  out.push(...comments);
  for (const [box, inside] of held) {
    if (inside.length >= 2 && !comments.includes(box)) collectComments(inside, out);
  }
}

/**
 * Readers' comments that each offer a control to answer them ("Reply", "Trả lời",
 * "Antworten", "返信"…: a link or button saying only that), two or more side by side in boxes
 * of their own, replies nested in them included: a thread after a short article outscored it, or
 * was read with it as the block beside it, and its dates were read as the article's. A paragraph
 * ending in such a link is none, nor is a box longer than comments are (an article holding a
 * thread).
 *
 * @param elements - the page's elements in document order (its links and buttons are read)
 * @returns the comments' boxes
 */
export function replyComments(elements: readonly Element[]): Element[] {
  const replies = elements.filter(isReplyControl);
  const out: Element[] = [];
  if (replies.length >= 2) collectComments(replies, out);
  return out;
}
