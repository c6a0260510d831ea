/**
 * Encodes test pages in legacy charsets, as old publisher CMSs serve them.
 */
import iconv from 'iconv-lite';

/** Marks that windows-1258 keeps on the letter (â ê ô ă ơ ư are single bytes). */
const LETTER_MARKS = new Set(['\u0302', '\u0306', '\u031b']);

/**
 * Encodes Vietnamese text in windows-1258 the way that code page expects: the vowel with its
 * circumflex, breve or horn as one byte, followed by the tone mark as a combining byte.
 *
 * @param text - NFC text
 * @returns windows-1258 bytes
 * @example toWindows1258('Việt') // bytes V i ê U+0323 t
 */
export function toWindows1258(text: string): Buffer {
  const split = [...text]
    .map((char) => {
      const [base = '', ...marks] = [...char.normalize('NFD')];
      const letter = `${base}${marks.filter((m) => LETTER_MARKS.has(m)).join('')}`.normalize('NFC');
      return letter + marks.filter((m) => !LETTER_MARKS.has(m)).join('');
    })
    .join('');
  return iconv.encode(split, 'windows-1258');
}

/**
 * Encodes text in any charset iconv-lite knows (characters the charset lacks become `?`).
 *
 * @param text - the text
 * @param charset - e.g. `utf-16le`, `shift_jis`, `windows-1258`
 * @returns the bytes
 */
export function encodeAs(text: string, charset: string): Buffer {
  return charset === 'windows-1258' ? toWindows1258(text) : iconv.encode(text, charset);
}
