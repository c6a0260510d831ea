/**
 * A pure reader's answers kept by the text asked about, for readers asked about the same texts
 * again and again (a page's names, lines and titles are read by several rules each). The map is
 * emptied when it holds `maxTexts`; a text longer than `maxLength` is read each time and not
 * kept: a hostile page's megabytes of heading would otherwise stay in the instance's memory.
 * Answers must depend on the text alone, and a mutable answer must not be changed by its callers.
 *
 * @example
 * const folded = new TextAnswers<string>(2000, 1000);
 * folded.of('Nhân Dân', foldOnce); // read once, then kept
 */
export class TextAnswers<T> {
  private readonly answers = new Map<string, T>();

  /**
   * @param maxTexts - the most texts kept before the map is emptied
   * @param maxLength - the longest text kept
   */
  constructor(
    private readonly maxTexts: number,
    private readonly maxLength: number,
  ) {}

  /**
   * What `read` answers for `text`, kept for the next question about it.
   *
   * @param text - the text asked about
   * @param read - reads the answer from the text
   * @returns the answer, kept or read
   */
  of(text: string, read: (text: string) => T): T {
    if (text.length > this.maxLength) return read(text);
    let answer = this.answers.get(text);
    if (answer === undefined) {
      if (this.answers.size >= this.maxTexts) this.answers.clear();
      answer = read(text);
      this.answers.set(text, answer);
    }
    return answer;
  }
}
