import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { descendants } from '../../../shared/extract/content/dom.ts';
import { closeOpenAnchors } from '../../../shared/extract/open-anchors.ts';
import { parsePage } from '../../../shared/extract/parse-page.ts';

function parsed(html: string) {
  const { $, elements } = parsePage(html);
  const byId = (id: string): Element => {
    const el = elements.find((e) => e.attribs.id === id);
    if (el === undefined) throw new Error(`no #${id}`);
    return el;
  };
  return { $, elements, byId };
}

describe('closeOpenAnchors', () => {
  it('closes an anchor left open where a link inside it starts, as browsers do', () => {
    const page = parsed(
      '<body><a id="top" name="top"/><div id="page"><p>Story <a href="/x">link</a></p></div></body>',
    );
    expect((page.byId('page').parent as Element).name).toBe('a');
    expect(closeOpenAnchors(page.elements)).toBe(1);
    expect((page.byId('page').parent as Element).name).toBe('body');
    expect(page.byId('top').children).toEqual([]);
  });

  it('keeps what the open anchor held before that link, and moves the rest after it', () => {
    const page = parsed(
      '<body><a id="home" href="/">Home <b>page</b><div id="menu"><a href="/y">y</a></div><p id="after">text</p></body>',
    );
    closeOpenAnchors(page.elements);
    expect(page.$('#home').text()).toBe('Home page');
    expect(
      page
        .$('body')
        .children()
        .toArray()
        .map((el) => el.attribs.id),
    ).toEqual(['home', 'menu', 'after']);
  });

  it('closes every anchor of a chain, each where the next starts', () => {
    const page = parsed(
      '<body><a id="a1" href="/1">one<div><a id="a2" href="/2">two<div><a id="a3" href="/3">three</a></div></div></body>',
    );
    expect(closeOpenAnchors(page.elements)).toBe(2);
    for (const el of page.elements.filter((e) => e.name === 'a')) {
      expect(descendants(el).some((d) => d.name === 'a')).toBe(false);
    }
    expect(page.$('body').text()).toBe('onetwothree');
  });

  it('leaves closed anchors as they are, links around blocks included', () => {
    const html =
      '<body><a href="/card"><div><h3>Title</h3><p>Teaser</p></div></a><p>Text <a href="/2">two</a></p></body>';
    const page = parsed(html);
    const before = page.$.html();
    expect(closeOpenAnchors(page.elements)).toBe(0);
    expect(page.$.html()).toBe(before);
  });

  it('keeps the elements in document order, so the list of the parse stays the index', () => {
    const page = parsed(
      '<body><a name="top"/><div><p>One <a href="/x">x</a></p><a href="/"><div><p>Two <a href="/y">y</a></p></div><p>Three</p></div></body>',
    );
    closeOpenAnchors(page.elements);
    const root = page.$.root()[0];
    if (root === undefined) throw new Error('no document');
    const walked = descendants(root);
    expect(walked.length).toBe(page.elements.length);
    expect(walked.every((el, i) => el === page.elements[i])).toBe(true);
  });
});
