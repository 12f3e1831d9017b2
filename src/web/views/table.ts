import type { EventRecord } from '../../model/index.js';
import { goldsteinColor, quadColor, QUADS, signed } from '../colors.js';
import { h } from '../dom.js';
import { evidence } from './evidence.js';

type ActorRef = EventRecord['source'];

function actorCell(actor: ActorRef, pick: (code: string) => void): HTMLElement {
  if (actor == null) return h('td', { class: 'muted' }, '—');
  const code = actor.code;
  return h('td', { class: 'actor' },
    code ? h('button', { type: 'button', class: 'code link', title: `Show ${code}'s events`, onclick: () => pick(code) }, code) : h('span', { class: 'code muted' }, 'uncoded'),
    h('div', { class: 'name' }, actor.name ?? actor.text));
}

function dateCell(r: EventRecord): HTMLElement {
  const value = r.date.value ?? 'undated';
  const how = r.date.from === 'published' ? 'the article\'s date' : r.date.text ? `“${r.date.text}”` : r.date.from;
  return h('td', { class: 'date', title: `from ${how}` }, value, r.date.from === 'published' ? h('div', { class: 'muted small' }, 'publication date') : null);
}

/** Rows of events: date, source, event, target, Goldstein, evidence, article. `open` opens an article. */
export function eventsTable(events: EventRecord[], pick: (code: string) => void, open: (id: string, event?: string) => void, showArticle = true): HTMLElement {
  const head = ['Date', 'Source', 'Event', 'Target', 'Goldstein', 'Evidence', ...(showArticle ? ['Article'] : [])];
  return h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...events.map((r) => h('tr', { 'data-event': r.id },
      dateCell(r),
      actorCell(r.source, pick),
      h('td', { class: 'event' },
        h('span', { class: 'quad', style: `background:${quadColor(r.quadClass)}`, title: QUADS[r.quadClass - 1]?.label ?? '' }),
        h('strong', {}, r.plover), ' ', h('span', { class: 'muted', title: 'CAMEO code' }, r.cameo),
        h('div', { class: `status s-${r.status}` }, r.status)),
      actorCell(r.target, pick),
      h('td', { class: 'goldstein' }, h('span', { class: 'gs', style: `background:${goldsteinColor(r.goldstein)}` }, signed(r.goldstein))),
      h('td', {}, evidence(r)),
      showArticle ? h('td', { class: 'article' }, h('a', {
        href: `?article=${encodeURIComponent(r.article.id)}`, onclick: (e: Event) => { e.preventDefault(); open(r.article.id, r.id); },
      }, r.article.title ?? r.article.id), h('div', { class: 'muted small' }, [r.article.source, r.article.published].filter(Boolean).join(', '))) : null,
    ))));
}
