import type { Mention, Token } from '../model/index.js';
import type { Links } from './links.js';

/** "'s" or "’s". */
export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === "'s" || token.lower === '’s');
}

/**
 * A named actor found by coreference or surname, then "'s" and sector words: "Sharaa's administration", "Assad's
 * brutal regime". Composed after coreference into one mention of the owner's body, as the dictionary composes a full
 * name ("Bashar al-Assad's regime"): coded with the owner's country and the sector words (an organisation's own
 * sectors for "Hamas's leaders"), named after the owner. Mentions that referred to the owner refer to its antecedent,
 * or to the first of them. Returns the mentions left.
 */
export function composePossessives(text: string, tokens: Token[], mentions: Mention[], links: Links): Mention[] {
  // Most articles have no such owner: look for one before indexing anything.
  if (!mentions.some((m) => (m.kind === 'person' || m.kind === 'organization') && m.code !== null && isPossessive(tokens[m.tokenEnd]))) return mentions;
  const byStart = new Map<number, Mention>();
  for (const m of mentions) if (m.kind === 'agent' && m.country === null && m.name === null && !m.members && m.how[0] === 'dictionary') byStart.set(m.tokenStart, m);
  const removed = new Set<Mention>();
  for (const owner of mentions) {
    if ((owner.kind !== 'person' && owner.kind !== 'organization') || owner.code === null) continue;
    if (!isPossessive(tokens[owner.tokenEnd])) continue;
    let k = owner.tokenEnd + 1;
    while (k < tokens.length && tokens[k]!.pos === 'ADJ' && !byStart.has(k)) k++;
    const body = byStart.get(k);
    if (!body || body.sentence !== owner.sentence) continue;
    const sectors = owner.kind === 'organization' && owner.sectors.length > 0 ? [...owner.sectors] : [...body.sectors];
    const code = (owner.country ?? '') + sectors.join('');
    Object.assign(body, {
      text: text.slice(owner.start, body.end), start: owner.start, tokenStart: owner.tokenStart,
      kind: owner.kind === 'person' ? 'agent' : body.kind, code: code === '' ? null : code, country: owner.country, sectors,
      name: owner.name, entity: owner.entity, how: [...body.how, 'composed', 'possessive'],
    });
    removed.add(owner);
    rehome(owner, links);
  }
  if (removed.size === 0) return mentions;
  return mentions.filter((m) => !removed.has(m));
}

/** Mentions that referred to a mention now gone refer to its antecedent, or to the first of them. */
function rehome(gone: Mention, links: Links): void {
  const target = links.antecedent.get(gone);
  links.antecedent.delete(gone);
  let root = target;
  const referring = [...links.antecedent].filter(([, a]) => a === gone).map(([m]) => m).sort((a, b) => a.start - b.start);
  for (const m of referring) {
    if (root) links.antecedent.set(m, root);
    else {
      links.antecedent.delete(m);
      root = m;
    }
  }
}
