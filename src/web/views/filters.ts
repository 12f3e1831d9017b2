import { PLOVER_TYPES } from '../../cameo/plover.js';
import { QUADS } from '../colors.js';
import { h } from '../dom.js';
import type { Child } from '../dom.js';
import type { Filters } from '../state.js';

const LABELS: Record<keyof Filters, string> = {
  actor: 'Actor', type: 'Event type', cameo: 'CAMEO code', quadClass: 'QuadClass', status: 'Status',
  since: 'From', until: 'To', q: 'Evidence contains', bbox: 'Map area',
};

function field(label: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}

function select(name: string, value: string, options: [string, string][]): HTMLSelectElement {
  const el = h('select', { name }, ...options.map(([v, text]) => h('option', { value: v }, text)));
  el.value = value;
  return el;
}

function input(name: string, value: string, attrs: Record<string, string>): HTMLInputElement {
  const el = h('input', { name, ...attrs });
  el.value = value;
  return el;
}

// A date picker for a day; a month or a year from a shared link stays as typed rather than being dropped.
const dateAttrs = (value: string): Record<string, string> =>
  (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value) ? { type: 'date' } : { type: 'text', size: '10', placeholder: 'YYYY-MM-DD' });

/** The actor codes the actor field suggests, busiest first, with the names stored under each. */
export function actorSuggestions(actors: { code: string; names: string[]; events: number }[]): HTMLElement {
  return h('datalist', { id: 'actor-codes' }, ...actors.map((a) =>
    h('option', { value: a.code }, `${a.names.slice(0, 2).join(', ') || a.code} (${a.events} events)`)));
}

/** The filter bar: one form for every view; submitting it replaces the filters. */
export function filterForm(filters: Filters, apply: (next: Filters) => void): HTMLElement {
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
    field(LABELS.actor, input('actor', filters.actor, { placeholder: 'SYR, RUSGOV…', size: '10', maxlength: '30', autocomplete: 'off', list: 'actor-codes' })),
    field(LABELS.type, select('type', filters.type, [['', 'any'], ...PLOVER_TYPES.map((t): [string, string] => [t, t])])),
    field(LABELS.cameo, input('cameo', filters.cameo, { placeholder: '04, 190…', size: '5', maxlength: '4', inputmode: 'numeric' })),
    field(LABELS.quadClass, select('quadClass', filters.quadClass, [['', 'any'], ...QUADS.map((q): [string, string] => [String(q.quad), q.label])])),
    field(LABELS.status, select('status', filters.status, [['', 'any'], ['occurred', 'occurred'], ['planned', 'planned'], ['negated', 'negated'], ['hypothetical', 'hypothetical']])),
    field(LABELS.since, input('since', filters.since, dateAttrs(filters.since))),
    field(LABELS.until, input('until', filters.until, dateAttrs(filters.until))),
    field(LABELS.q, input('q', filters.q, { type: 'search', placeholder: 'words, "a phrase", prefix*', size: '22', maxlength: '200' })),
    h('input', { type: 'hidden', name: 'bbox', value: filters.bbox }),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary' }, 'Apply'),
      h('button', { type: 'button', onclick: () => apply(emptyFilters()) }, 'Clear all')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const read = (k: keyof Filters): string => String(data.get(k) ?? '').trim();
    apply({
      actor: read('actor').toUpperCase(), type: read('type'), cameo: read('cameo'), quadClass: read('quadClass'),
      status: read('status'), since: read('since'), until: read('until'), q: read('q'), bbox: read('bbox'),
    });
  });
  return form;
}

/** Filters with nothing set. */
export function emptyFilters(): Filters {
  return { actor: '', type: '', cameo: '', quadClass: '', status: '', since: '', until: '', q: '', bbox: '' };
}

/** The filters in force, as chips that each remove their filter. */
export function activeFilters(filters: Filters, apply: (next: Filters) => void): HTMLElement {
  const chips: Child[] = [];
  for (const key of Object.keys(LABELS) as (keyof Filters)[]) {
    const value = filters[key];
    if (value === '') continue;
    const shown = key === 'quadClass' ? QUADS[Number(value) - 1]?.label ?? value : value;
    chips.push(h('button', {
      type: 'button', class: 'chip', title: `Remove this filter (${LABELS[key]})`,
      onclick: () => apply({ ...filters, [key]: '' }),
    }, `${LABELS[key]}: ${shown}`, h('span', { class: 'x', 'aria-hidden': 'true' }, '×')));
  }
  return h('div', { class: 'active-filters' }, chips.length ? h('span', { class: 'muted' }, 'Showing events with ') : h('span', { class: 'muted' }, 'Showing all events. Click an actor, a day or a place to drill down.'), ...chips);
}
