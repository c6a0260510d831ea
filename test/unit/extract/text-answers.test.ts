import { describe, expect, it } from 'vitest';
import { TextAnswers } from '../../../shared/extract/text-answers.ts';

/** A reader that counts the texts it reads. */
function countingReader() {
  const read: string[] = [];
  const upper = (text: string): string => {
    read.push(text);
    return text.toUpperCase();
  };
  return { read, upper };
}

describe('TextAnswers', () => {
  it('reads a text once and answers the same text again from what it kept', () => {
    const { read, upper } = countingReader();
    const answers = new TextAnswers<string>(10, 100);
    expect([answers.of('ab', upper), answers.of('ab', upper), answers.of('cd', upper)]).toEqual([
      'AB',
      'AB',
      'CD',
    ]);
    expect(read).toEqual(['ab', 'cd']);
  });

  it('keeps a null or false answer as an answer', () => {
    let reads = 0;
    const answers = new TextAnswers<null>(10, 100);
    const nothing = (): null => {
      reads++;
      return null;
    };
    answers.of('x', nothing);
    answers.of('x', nothing);
    expect(reads).toBe(1);
  });

  it('reads a text longer than its limit each time, keeping nothing of it', () => {
    const { read, upper } = countingReader();
    const answers = new TextAnswers<string>(10, 3);
    answers.of('long', upper);
    answers.of('long', upper);
    expect(read).toEqual(['long', 'long']);
  });

  it('empties its map when it holds its most texts, then keeps the new ones', () => {
    const { read, upper } = countingReader();
    const answers = new TextAnswers<string>(2, 100);
    for (const text of ['a', 'b', 'c', 'a', 'c']) answers.of(text, upper);
    // "c" emptied the map of "a" and "b": "a" is read again, "c" was kept after the emptying.
    expect(read).toEqual(['a', 'b', 'c', 'a']);
  });
});
