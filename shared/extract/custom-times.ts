/**
 * Dates that web components show: GitHub's `<relative-time datetime>` and `<local-time>`
 * (`@github/relative-time-element`), `<time-ago>` and the like render "3 days ago" or a local
 * time, and their `datetime` is the instant, as a `<time>`'s is. A release page dated only so had
 * no date. Each is named `time` before the page is indexed, so that every reader of dates sees
 * the `<time>` it stands for.
 */
import type { Element } from 'domhandler';

/** Web components standing for a `<time>`. */
const TIME_COMPONENTS: ReadonlySet<string> = new Set([
  'relative-time',
  'local-time',
  'time-ago',
  'time-until',
  'timeago',
]);

/**
 * Names `time` every web component standing for one that gives its instant, in place.
 *
 * @param elements - every element of the page (as `parsePage` lists them)
 */
export function customTimesAsTime(elements: readonly Element[]): void {
  for (const el of elements) {
    if (TIME_COMPONENTS.has(el.name) && el.attribs.datetime !== undefined) el.name = 'time';
  }
}
