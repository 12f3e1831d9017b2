import './style.css';
import { regroup } from './aggregate.js';
import { get } from './api.js';
import type { ActorCount, ArticleView, DyadCount, EventsPage, PlaceCount, Stats, TimelinePoint } from './api.js';
import { fill, h, int } from './dom.js';
import type { Child } from './dom.js';
import { apiQuery, readState, writeState } from './state.js';
import type { Filters, State } from './state.js';
import { articlePage } from './views/article.js';
import { autoPeriod, periodLabel } from './views/axis.js';
import { evidenceKey } from './views/evidence.js';
import { activeFilters, actorSuggestions, filterForm } from './views/filters.js';
import { mapChart } from './views/map.js';
import { codeKey, goldsteinLegend, networkChart } from './views/network.js';
import { eventsTable } from './views/table.js';
import { coreRange, quadLegend, timelineChart } from './views/timeline.js';

const PAGE = 50;
const $ = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;

let state: State = readState(location.search);
let generation = 0;

function go(next: State): void {
  state = next;
  history.pushState(null, '', writeState(state) || location.pathname);
  void render();
}

const setFilters = (filters: Filters): void => go({ ...state, filters, offset: 0, article: null });
const pickActor = (code: string): void => setFilters({ ...state.filters, actor: code });
let focusEvent: string | null = null;
const openArticle = (id: string, event?: string): void => {
  focusEvent = event ?? null;
  go({ ...state, article: id });
};

function section(id: string, title: string, help: Child, ...extra: Child[]): HTMLElement {
  return h('section', { id, class: 'panel' }, h('header', {}, h('h2', {}, title), ...extra), h('p', { class: 'help' }, help), h('div', { class: 'body' }, h('p', { class: 'loading' }, 'Loading…')));
}

function problem(where: HTMLElement, error: unknown): void {
  fill(where.querySelector('.body') ?? where, h('p', { class: 'error', role: 'alert' }, `Could not load: ${(error as Error).message}`));
}

async function load<T>(panel: HTMLElement, path: string, draw: (data: T, body: HTMLElement) => void, mine: number): Promise<void> {
  try {
    const data = await get<T>(path);
    if (mine !== generation) return;
    const body = panel.querySelector('.body') as HTMLElement;
    body.replaceChildren();
    draw(data, body);
  } catch (error) {
    if (mine === generation) problem(panel, error);
  }
}

function widthOf(el: HTMLElement): number {
  return Math.max(320, Math.floor((el.querySelector('.body') as HTMLElement).clientWidth || el.clientWidth));
}

function dashboard(mine: number): void {
  const f = state.filters;
  const main = $('main');
  const byChoice = h('select', { 'aria-label': 'Timeline period', onchange: (e: Event) => go({ ...state, by: (e.target as HTMLSelectElement).value }) },
    ...[['', 'auto'], ['day', 'per day'], ['week', 'per week'], ['month', 'per month']].map(([v, t]) => h('option', { value: v }, t)));
  byChoice.value = state.by;
  const timeline = section('timeline', 'Events over time', 'Stacked bars of events by QuadClass, cooperation below, conflict above. Click a bar to show that period only.', quadLegend(), byChoice);
  const network = section('network', 'Who acts on whom', 'The 25 busiest actors and their 60 busiest pairs. A line runs from source to target, bending to its left; its width is the number of events, its colour their mean Goldstein score. Click an actor to filter by it.', goldsteinLegend());
  const map = section('map', 'Where', 'Event places; circle area is the number of events, colour the mean Goldstein score. Click a place to show events around it.');
  const sort = h('select', { 'aria-label': 'Order of events', onchange: (e: Event) => go({ ...state, sort: (e.target as HTMLSelectElement).value, offset: 0 }) },
    ...[['-date', 'newest first'], ['date', 'oldest first'], ['goldstein', 'most conflictual first'], ['-goldstein', 'most cooperative first'], ['-confidence', 'most confident first']]
      .map(([v, t]) => h('option', { value: v }, t)));
  sort.value = state.sort;
  const table = section('events', 'Events', evidenceKey(), sort);
  fill(main, activeFilters(f, setFilters), timeline, h('div', { class: 'row' }, network, map), table);

  void load<{ points: TimelinePoint[]; truncated: boolean }>(timeline, `/timeline${apiQuery(f, { by: 'day' })}`, (data, body) => {
    // Without dates in the filters, stray events decades away are left out of the chart, and said so.
    const core = f.since || f.until ? null : coreRange(data.points);
    const points = core?.points ?? data.points;
    const by = state.by || (points.length ? autoPeriod(points[0]!.period, points.at(-1)!.period) : 'day');
    body.append(timelineChart(regroup(points, by), by, widthOf(timeline), (since, until) => setFilters({ ...state.filters, since, until })));
    if (core != null && core.outside > 0) {
      const span = `${data.points[0]!.period.slice(0, 4)}–${data.points.at(-1)!.period.slice(0, 4)}`;
      body.append(h('p', { class: 'note' }, `Showing ${periodLabel(core.first)} to ${periodLabel(core.last)}: ${int(core.outside)} event${core.outside === 1 ? '' : 's'} `
        + `dated further away (the dates run ${span}) are left out of this chart, not of the table. Set From and To to see them.`));
    }
  }, mine);
  void Promise.all([get<{ actors: ActorCount[] }>(`/actors${apiQuery(f, { limit: 25 })}`), get<{ dyads: DyadCount[] }>(`/dyads${apiQuery(f, { limit: 60 })}`)])
    .then(([a, d]) => {
      if (mine !== generation) return;
      const body = network.querySelector('.body') as HTMLElement;
      const w = widthOf(network);
      fill(body, networkChart(a.actors, d.dyads, w, Math.round(Math.min(480, w * 0.7)), pickActor), codeKey());
    }, (error) => mine === generation && problem(network, error));
  void load<{ places: PlaceCount[] }>(map, `/places${apiQuery(f, { limit: 300 })}`, (data, body) => {
    body.append(mapChart(data.places, widthOf(map), (bbox) => setFilters({ ...state.filters, bbox })));
  }, mine);
  void load<EventsPage>(table, `/events${apiQuery(f, { limit: PAGE, offset: state.offset, sort: state.sort })}`, (page, body) => {
    const last = page.offset + page.events.length;
    const total = `${int(page.total)}${page.totalCapped ? '+' : ''}`;
    const dated = state.sort === '-date';
    const pager = (): HTMLElement => h('nav', { class: 'pager', 'aria-label': 'Pages of events' },
      h('button', { type: 'button', disabled: page.offset === 0, onclick: () => go({ ...state, offset: Math.max(0, page.offset - PAGE) }) }, dated ? '← Newer' : '← Previous'),
      h('span', {}, page.events.length ? `${int(page.offset + 1)}–${int(last)} of ${total} events` : 'No events match these filters.'),
      h('button', { type: 'button', disabled: page.events.length < PAGE || (!page.totalCapped && last >= page.total), onclick: () => go({ ...state, offset: page.offset + PAGE }) }, dated ? 'Older →' : 'Next →'));
    body.append(pager(), page.events.length ? eventsTable(page.events, pickActor, openArticle) : h('span'));
    if (page.events.length > 10) body.append(pager());
  }, mine);
}

function article(mine: number, id: string): void {
  const main = $('main');
  fill(main, h('p', { class: 'loading' }, 'Loading the article…'));
  get<ArticleView>(`/articles/${encodeURIComponent(id)}`).then((view) => {
    if (mine !== generation) return;
    fill(main, articlePage(view, () => go({ ...state, article: null }), pickActor, focusEvent));
    document.title = `${view.article.title ?? view.article.id} · annals`;
  }, (error) => {
    if (mine === generation) fill(main, h('p', { class: 'error', role: 'alert' }, `Could not load the article: ${(error as Error).message}`), h('p', {}, h('a', { href: '?' }, '← Back to the dashboard')));
  });
}

async function render(): Promise<void> {
  const mine = ++generation;
  document.title = 'annals · event data dashboard';
  fill($('filters'), filterForm(state.filters, setFilters));
  if (state.article != null) article(mine, state.article);
  else dashboard(mine);
  try {
    const stats = await get<Stats>('/stats');
    if (mine === generation) {
      fill($('stats'), h('span', {}, h('strong', {}, int(stats.events)), ' events'), h('span', {}, h('strong', {}, int(stats.articles)), ' articles'),
        h('span', {}, h('strong', {}, int(stats.actors)), ' actors'), stats.readOnly ? h('span', { class: 'muted' }, 'read-only') : null);
    }
  } catch {
    fill($('stats'), h('span', { class: 'error' }, 'API unreachable'));
  }
}

// Suggestions for the actor field, from the whole store, once.
get<{ actors: ActorCount[] }>('/actors?limit=300').then(({ actors }) => document.body.append(actorSuggestions(actors)), () => undefined);

window.addEventListener('popstate', () => {
  state = readState(location.search);
  void render();
});
let resized = 0;
window.addEventListener('resize', () => {
  clearTimeout(resized);
  resized = window.setTimeout(() => state.article == null && void render(), 250);
});
void render();
