import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { nodeText } from './html-text.js';
import { firstDate, pageMeta } from './page-meta.js';

/** A web page read as an article: its main text as paragraphs, and what the page says of itself. */
export interface Page {
  /** The canonical URL the page gives, absolute, or null. */
  url: string | null;
  title: string | null;
  byline: string | null;
  /** `YYYY-MM-DD` or null. */
  published: string | null;
  siteName: string | null;
  /** The main text: '' when the page has none. */
  text: string;
}

/** Where a page without a readable article keeps its text, tried in order. */
const FALLBACK = ['article', 'main', '[role="main"]', 'body'];
/** Page furniture: never article text outside an `<article>` or `<main>`; navigation never at all. */
const FURNITURE = 'header, footer, aside, form, [role="banner"], [role="contentinfo"], [role="complementary"]';
const NAVIGATION = 'nav, [role="navigation"]';

/** Take the page's furniture out, so neither Readability nor the fallback mistakes it for the story. */
function dropFurniture(document: ParentNode): void {
  for (const element of Array.from(document.querySelectorAll(NAVIGATION))) element.remove();
  for (const element of Array.from(document.querySelectorAll(FURNITURE))) {
    if (element.closest('article, main, [role="main"]') == null) element.remove();
  }
}

function fallbackText(html: string): string {
  const { document } = parseHTML(html);
  dropFurniture(document as unknown as ParentNode);
  for (const selector of FALLBACK) {
    const element = document.querySelector(selector);
    const found = element == null ? '' : nodeText(element as unknown as Node);
    if (found !== '') return found;
  }
  return '';
}

/**
 * Read a web page: its metadata first (before Readability simplifies the document), then its main text through
 * Readability, as paragraphs; a page Readability finds no article in gives the text of its `<article>`, `<main>`
 * or `<body>` without navigation, header and footer.
 * @example extractPage('<html><head><title>T</title></head><body><p>Text.</p></body></html>', null).text // 'Text.'
 */
export function extractPage(html: string, baseUrl: string | null): Page {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const meta = pageMeta(doc, baseUrl);
  dropFurniture(doc);
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(doc, { charThreshold: 200, serializer: (node) => node }).parse();
  } catch {
    // Readability gives up on some malformed documents: the fallback reads them.
  }
  const text = (article?.content == null ? '' : nodeText(article.content)) || fallbackText(html);
  return {
    url: meta.url,
    title: article?.title?.trim() || meta.title,
    byline: article?.byline?.trim() || meta.byline,
    published: meta.published ?? firstDate([article?.publishedTime]),
    siteName: meta.siteName ?? (article?.siteName?.trim() || null),
    text,
  };
}
