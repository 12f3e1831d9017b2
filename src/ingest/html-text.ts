import { parseHTML } from 'linkedom';

/** Elements that end a paragraph: their text stands apart from what comes before and after. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Elements whose text is not read: code, styling, forms and embedded media. */
const SKIP = new Set([
  'AUDIO', 'BUTTON', 'CANVAS', 'HEAD', 'IFRAME', 'INPUT', 'NOSCRIPT', 'OBJECT', 'SCRIPT', 'SELECT', 'STYLE', 'SVG',
  'TEMPLATE', 'TEXTAREA', 'VIDEO',
]);
/** Nesting deeper than this is not read: no article needs it, and it would only exhaust the stack. */
const MAX_DEPTH = 400;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text of an HTML node as paragraphs: block elements apart by a blank line, `<br>` a line break, runs of white
 * space one space, script and style left out.
 * @example nodeText(parseHTML('<p>One <b>two</b></p><p>Three</p>').document) // 'One two\n\nThree'
 */
export function nodeText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = current.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        current += (child.textContent ?? '').replace(/\s+/g, ' ');
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          current += '\n';
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child, depth + 1);
        if (block) flush();
      }
    }
  };
  walk(root, 0);
  flush();
  return paragraphs.join('\n\n');
}

/** The text of an HTML fragment (a feed item's content), as paragraphs; plain text comes back as it was, trimmed. */
export function htmlToText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return fragment.trim();
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${fragment}</body></html>`);
  return nodeText(document.body as unknown as Node);
}
