/**
 * Vietnamese reporters' names as bylines write them side by side ("Thu Hà - Minh Tuấn"), told
 * from the places a byline may name beside them. A name of two syllables and a province's are
 * alike in form ("Minh Tuấn", "Nghệ An"): two names or more joined so, or one with a surname
 * and three syllables, are taken as people unless a city's or province's name is among them.
 * Both the reader of a line of names before its date (`read-authors.ts`) and the byline
 * cleaner's test for a place before the date (`authors.ts`) ask this; language detection
 * (`language.ts`) shares the letters only Vietnamese writes.
 */

/** Letters only Vietnamese uses among Latin scripts: ă â đ ê ô ơ ư and the stacked tone marks. */
export const VIETNAMESE_LETTERS = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** One letter only Vietnamese writes, to rule out most text without counting its letters. */
export const A_VIETNAMESE_LETTER = new RegExp(VIETNAMESE_LETTERS.source, 'iu');

/** Between Vietnamese names side by side: a dash, a comma, "và" (and). */
export const NAMES_JOINER = / ?[-–,] | và /u;

/** Vietnamese names, two or more joined by dashes or commas, or one with a surname first. */
const VIETNAMESE_NAMES = (() => {
  const name = String.raw`\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}`;
  return new RegExp(
    String.raw`^(?:${name}(?:(?:${NAMES_JOINER.source})${name})+|(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Dương|Lý|Đinh|Trịnh|Đào|Mai)(?: \p{Lu}\p{Ll}*){2,3})$`,
    'u',
  );
})();

/** Vietnamese cities and a province written as names are ("Bà Rịa - Vũng Tàu", "Hà Nội - Hải Phòng"). */
const VIETNAMESE_PLACES =
  /Hà Nội|Hải Phòng|Đà Nẵng|Cần Thơ|Bà Rịa|Vũng Tàu|Sài Gòn|Phan Rang|Nha Trang|Đà Lạt/u;

/**
 * Whether a text, written in title case, is Vietnamese people's names side by side and no place.
 *
 * @param text - names as a byline joins them ("Thu Hà - Minh Tuấn", "Nguyễn Thu Trang")
 * @example namesVietnamesePeople('Thu Hà - Minh Tuấn') // true
 * @example namesVietnamesePeople('Bà Rịa - Vũng Tàu') // false
 */
export function namesVietnamesePeople(text: string): boolean {
  return VIETNAMESE_NAMES.test(text) && !VIETNAMESE_PLACES.test(text);
}
