import { describe, expect, it } from 'vitest';
import { findRawSections } from '../../../shared/extract/raw-text.ts';

/** The sections found in `html`, as the text they cover. */
function contents(html: string): string[] {
  const bytes = Buffer.from(html);
  return findRawSections(bytes).map((s) => `${s.tag}:${bytes.toString('utf8', s.start, s.end)}`);
}

describe('findRawSections', () => {
  it('finds the content of scripts and styles in document order', () => {
    expect(
      contents('<style>p{}</style><p>a</p><script src="x.js"></script><script>f(1)</script>'),
    ).toEqual(['style:p{}', 'script:', 'script:f(1)']);
  });

  it('ends a script at the first "</script" followed by ">" or whitespace, even inside a JSON string', () => {
    // htmlparser2 (like a browser) ends the element there, whatever the quotes around it.
    expect(contents('<script>var s = "</script>"; x()</script>')).toEqual(['script:var s = "']);
    expect(contents('<script>a</SCRIPT\n>b</script>')).toEqual(['script:a']);
  });

  it('does not end a script at "</scripts>", "</script/>" or "</style>"', () => {
    expect(contents('<script>a</scripts>b</script/>c</style>d</script>')).toEqual([
      'script:a</scripts>b</script/>c</style>d',
    ]);
  });

  it('reads a start tag to its real ">", past ">" and "/>" inside quoted attribute values', () => {
    expect(contents(`<script data-a="x>y" data-b='/>'>go()</script>`)).toEqual(['script:go()']);
  });

  it('takes a self-closing <script/> for a plain tag, as htmlparser2 does', () => {
    expect(contents('<script/><p>text</p></script>')).toEqual([]);
    expect(contents('<script / >x</script>')).toEqual([]);
  });

  it('finds "<script" and "<style" in lower case, ended in any case; leaves "<SCRIPT>" to the tokenizer', () => {
    expect(contents('<script>a()</SCRIPT><SCRIPT>b()</SCRIPT><Style>c{}</Style>')).toEqual([
      'script:a()',
    ]);
  });

  it('skips comments holding tags, the short "<!-->" included', () => {
    expect(
      contents('<!--[if IE]><script>old()</script><![endif]--><!--><script>now()</script>'),
    ).toEqual(['script:now()']);
  });

  it('does not take "<scripts>" or "<styles>" for raw-text elements', () => {
    expect(contents('<scripts>a</scripts><styles>b</styles>')).toEqual([]);
  });

  it('stops at a script the page never closes, and at an unterminated comment', () => {
    expect(contents('<script>a()</script><script>var x = 1; <p>not markup</p>')).toEqual([
      'script:a()',
    ]);
    expect(contents('<script>a()</script><!-- <script>b()</script>')).toEqual(['script:a()']);
    expect(contents('<script>a()</script')).toEqual([]);
  });

  it('stops at a start tag the page never closes', () => {
    expect(contents('<script src="x.js')).toEqual([]);
  });
});
