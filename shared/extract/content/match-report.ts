/**
 * A match report's furniture, by its form whatever its class names: the scoreboard a sports
 * platform sets above the report's headline, and the line-ups or statistics it closes with.
 */
import type { Element } from 'domhandler';
import { closest, descendants, isBelow, siblingElement, squash, textOf } from './dom.ts';
import type { Remove } from './removal.ts';

/** A team's score: a number alone in its box. */
const SCORE = /^\d{1,3}$/;

/** Boxes a scoreboard sets its scores in (a table's cells and a list's items are data). */
const SCORE_BOXES: ReadonlySet<string> = new Set(['span', 'div', 'b', 'strong', 'p']);

/** A link: a number in one counts something else (a tag's stories). */
const LINK: ReadonlySet<string> = new Set(['a']);

/** The longest scoreboard: the teams and their scores, the scorers, the venue. */
const LONGEST_SCOREBOARD = 300;

/**
 * A heading of a match's line-ups or statistics ("Line-ups", "Aufstellungen", "Đội hình ra sân",
 * "Match stats"); "Statistics" alone heads other articles' figures.
 */
const LINE_UPS =
  /^(?:(?:starting )?line-?ups?|aufstellung(?:en)?|đội hình(?: ra sân| xuất phát)?|alineaciones|formazioni|escalações|compositions|match stat(?:s|istics)|spielstatistik|thống kê trận đấu)$/i;

/** A paragraph this long tells something: a section holding one is the report's. */
const PROSE = 80;

/**
 * Removes a match report's scoreboard above its headline — a box of
 * {@link LONGEST_SCOREBOARD} characters at most before the body's `<h1>` holding two scores,
 * each a number alone in its box and in no link ("<span>Rovers</span><span>2</span>"; a tag's
 * count of stories is linked) — and the sections
 * headed by its line-ups or statistics ({@link LINE_UPS}: the heading and what follows it up to
 * a heading of its rank) that hold no paragraph of prose. A line-up the report writes as a
 * paragraph ("Aufstellung: Hale – Moreno, …") is its text; numbers below the headline (a ranked
 * list) are the report's.
 *
 * @param container - the body
 * @param remove - how to remove a block
 * @param keep - blocks no rule removes
 */
export function removeMatchFurniture(
  container: Element,
  remove: Remove,
  keep: ReadonlySet<Element>,
): void {
  const elements = descendants(container);
  const headline = elements.find((el) => el.name === 'h1');
  for (const box of elements) {
    if (box === headline) break;
    if (headline === undefined || keep.has(box) || !isBelow(box, container)) continue;
    if (isBelow(headline, box) || squash(textOf(box)).length > LONGEST_SCOREBOARD) continue;
    const scores = descendants(box).filter(
      (d) =>
        SCORE_BOXES.has(d.name) &&
        d.children.length === 1 &&
        SCORE.test(textOf(d).trim()) &&
        closest(d, LINK, box) === null,
    );
    if (scores.length === 2) remove(box, "a match's scoreboard");
  }
  for (const heading of elements) {
    const rank = /^h([2-4])$/.exec(heading.name)?.[1];
    if (rank === undefined || !LINE_UPS.test(squash(textOf(heading)))) continue;
    const parts = [heading];
    for (let next = siblingElement(heading, 'next'); next !== null; ) {
      if (/^h[1-6]$/.test(next.name) && next.name <= `h${rank}`) break;
      parts.push(next);
      next = siblingElement(next, 'next');
    }
    const prose = parts.some((part) =>
      [part, ...descendants(part)].some((d) => d.name === 'p' && squash(textOf(d)).length >= PROSE),
    );
    if (!prose && !parts.some((part) => keep.has(part))) {
      for (const part of parts) remove(part, "a match's line-ups or statistics");
    }
  }
}
