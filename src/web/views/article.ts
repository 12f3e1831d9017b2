import type { ArticleView } from '../api.js';
import { h, int, safeUrl } from '../dom.js';
import { evidenceKey, piece } from './evidence.js';
import { eventsTable } from './table.js';

/**
 * One article: its title, byline and source, its text with every event's evidence highlighted (trigger and actors marked),
 * and its events. `focus` is the event to scroll to.
 */
export function articlePage(view: ArticleView, back: () => void, pick: (code: string) => void, focus: string | null): HTMLElement {
  const { article, events, segments } = view;
  const url = safeUrl(article.url);
  const text = h('div', { class: 'article-text' }, ...segments.map((seg) => {
    const content = article.text.slice(seg.start, seg.end);
    if (seg.events.length === 0) return document.createTextNode(content);
    const ids = seg.events.map((i) => events[i]?.id ?? '').join(' ');
    const label = seg.events.map((i) => { const e = events[i]; return e ? `${e.source?.code ?? '?'} ${e.plover} ${e.target?.code ?? '?'}` : ''; }).join('; ');
    return h('span', { class: `ev${focus != null && ids.split(' ').includes(focus) ? ' focus' : ''}`, 'data-events': ids, title: label }, piece(content, seg.roles));
  }));
  const page = h('article', { class: 'article-page' },
    h('p', {}, h('a', { href: '?', class: 'back', onclick: (e: Event) => { e.preventDefault(); back(); } }, '← Back to the dashboard')),
    h('h2', {}, article.title ?? article.id),
    h('p', { class: 'meta' }, [article.byline ? `by ${article.byline.replace(/^by\s+/i, '')}` : null, article.source, article.published ? `published ${article.published}` : 'no publication date'].filter(Boolean).join(' · '),
      ` · ${int(events.length)} coded event${events.length === 1 ? '' : 's'}`,
      url ? h('span', {}, ' · ', h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original')) : null),
    h('p', { class: 'legend-line' }, h('span', { class: 'ev sample' }, 'evidence sentence'), ' ', evidenceKey()),
    text,
    h('h3', {}, 'Events coded from this article'),
    events.length ? eventsTable(events, pick, () => undefined, false) : h('p', { class: 'empty' }, 'No events were coded from this article.'));
  if (focus != null) {
    requestAnimationFrame(() => page.querySelector('.ev.focus')?.scrollIntoView({ block: 'center' }));
  }
  return page;
}
