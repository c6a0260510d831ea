import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { splitBreakRuns } from '../../../../shared/extract/content/layout.ts';

/** The container's inner HTML after splitting its `<br><br>` runs. */
function split(page: string): string {
  const $ = load(page);
  const container = $('#c')[0] as Element;
  splitBreakRuns(container);
  return $('#c').html() ?? '';
}

describe('splitBreakRuns', () => {
  it('makes the runs of an element paragraphs', () => {
    expect(split('<div id="c"><div>One.<br><br>Two.</div></div>')).toBe(
      '<div><p>One.</p><p>Two.</p></div>',
    );
  });

  it('makes paragraphs of the lines one <br> ends when each next one opens indented by spaces', () => {
    expect(
      split(
        '<div id="c"><div>&nbsp;&nbsp;&nbsp;&nbsp;One line.<br>\n&nbsp;&nbsp;&nbsp;&nbsp;Two lines.<br>\u3000\u3000Three.</div></div>',
      ),
    ).toBe('<div><p>One line.</p><p>Two lines.</p><p>Three.</p></div>');
  });

  it('keeps lines one <br> ends in one paragraph when the next opens without an indent', () => {
    expect(split('<div id="c"><div>Line one,<br>&nbsp;line two.</div></div>')).toBe(
      '<div>Line one,<br>&#xa0;line two.</div>',
    );
  });

  it('splits a run that ends an inline element after that element, not before it', () => {
    expect(
      split(
        '<div id="c"><p>we see her during <i>The Bachelor</i><span> 2015 season. Like, now.<br><br></span>So how far does she make it?</p></div>',
      ),
    ).toBe(
      '<div><p>we see her during <i>The Bachelor</i><span> 2015 season. Like, now.</span></p><p>So how far does she make it?</p></div>',
    );
  });

  it('splits a run that opens an inline element before that element', () => {
    expect(split('<div id="c"><p>One.<b><br><br>Two.</b></p></div>')).toBe(
      '<div><p>One.</p><p><b>Two.</b></p></div>',
    );
  });

  it("leaves an inline wrapper whose runs became paragraphs out of its parent's paragraphs", () => {
    // An old portal's cell: its headline lines, then the text in a <font> of its own; a <p>
    // around the <font> would nest its paragraphs in one.
    expect(
      split(
        '<div id="c"><td><b>Title</b><br><br><font face="Arial"><b>One.</b><br><br>Two.</font></td></div>',
      ),
    ).toBe('<td><p><b>Title</b></p><font face="Arial"><p><b>One.</b></p><p>Two.</p></font></td>');
  });

  it('leaves out the inline wrappers around such a wrapper too', () => {
    expect(
      split(
        '<div id="c"><td><b>Title</b><br><br><span><font face="Arial"><b>One.</b><br><br>Two.</font></span></td></div>',
      ),
    ).toBe(
      '<td><p><b>Title</b></p><span><font face="Arial"><p><b>One.</b></p><p>Two.</p></font></span></td>',
    );
  });

  it('leaves the runs inside a <pre> of the container', () => {
    expect(split('<div id="c"><pre><span>a<br><br>b</span></pre></div>')).toBe(
      '<pre><span>a<br><br>b</span></pre>',
    );
  });

  it('leaves the elements of a container that sits inside a <pre>', () => {
    expect(split('<pre><div id="c"><span>a<br><br>b</span></div></pre>')).toBe(
      '<span>a<br><br>b</span>',
    );
  });
});
