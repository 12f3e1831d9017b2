/**
 * PETRARCH-2 validation records: 78 AFP and test sentences with CAMEO codings (a weak gold: the codes come from
 * PETRARCH-2 output, checked by hand). Measures how often annals finds the same CAMEO root, code and dyad.
 */
import type { CodedEvent } from '../../src/index.js';
import { articleOf, codeSafely, printErrors, readData, type EvalContext, type Evaluation } from './context.js';
import { ratio, round, share, table } from './metrics.js';
import { readValidation, type GoldCoding } from './petrarch-xml.js';

const FILE = 'dev/events/PETR2_GSR_validation.xml';

const rootOf = (code: string) => code.slice(0, 2);
/** The country (or IGO/NGO-style) prefix of an actor code; null for PETRARCH's unknown-country `---`. */
const countryOf = (code: string | null | undefined) => (code && code.length >= 3 && !code.startsWith('---') ? code.slice(0, 3) : null);

interface Counts {
  gold: number;
  rootAgree: number;
  codeAgree: number;
  sourceChecked: number;
  sourceAgree: number;
  targetChecked: number;
  targetAgree: number;
  dyadChecked: number;
  dyadAgree: number;
}

/** Does any annals event of the gold root carry the gold source (target) country? */
function actorAgreement(gold: GoldCoding, events: CodedEvent[], c: Counts): void {
  const same = events.filter((e) => rootOf(e.cameo) === rootOf(gold.code));
  const gs = countryOf(gold.source);
  const gt = countryOf(gold.target);
  if (gs) {
    c.sourceChecked++;
    if (same.some((e) => countryOf(e.source?.code) === gs)) c.sourceAgree++;
  }
  if (gt) {
    c.targetChecked++;
    if (same.some((e) => countryOf(e.target?.code) === gt)) c.targetAgree++;
  }
  if (gs && gt) {
    c.dyadChecked++;
    if (same.some((e) => countryOf(e.source?.code) === gs && countryOf(e.target?.code) === gt)) c.dyadAgree++;
  }
}

function report(ctx: EvalContext): Record<string, unknown> {
  const sentences = readValidation(readData(ctx, FILE));
  const coder = ctx.coder();
  const { print } = ctx;
  const c: Counts = { gold: 0, rootAgree: 0, codeAgree: 0, sourceChecked: 0, sourceAgree: 0, targetChecked: 0, targetAgree: 0, dyadChecked: 0, dyadAgree: 0 };
  const perRoot = new Map<string, { gold: number; agree: number; annals: number; annalsInGold: number }>();
  const root = (r: string) => {
    let e = perRoot.get(r);
    if (!e) perRoot.set(r, (e = { gold: 0, agree: 0, annals: 0, annalsInGold: 0 }));
    return e;
  };
  const errors: { id: string; error: string }[] = [];
  let noEventSentences = 0;
  let noEventSilent = 0;
  let annalsPairs = 0;
  let annalsPairsInGold = 0;
  const badDates = sentences.filter((s) => s.date === null);
  const misses: string[] = [];
  const started = performance.now();

  for (const s of sentences) {
    const result = codeSafely(coder, articleOf(`petr2-${s.id}`, s.text, s.date, `${FILE}#${s.id}`));
    if (!result.ok) errors.push({ id: s.id, error: result.error });
    const events = result.ok ? result.coded.doc.events : [];
    const roots = new Set(events.map((e) => rootOf(e.cameo)));
    const codes = new Set(events.map((e) => e.cameo));
    const goldRoots = new Set(s.codings.map((g) => rootOf(g.code)));
    for (const r of roots) {
      annalsPairs++;
      root(r).annals++;
      if (goldRoots.has(r)) {
        annalsPairsInGold++;
        root(r).annalsInGold++;
      }
    }
    if (s.noEvents && s.codings.length === 0) {
      noEventSentences++;
      if (events.length === 0) noEventSilent++;
    }
    for (const gold of s.codings) {
      c.gold++;
      const r = root(rootOf(gold.code));
      r.gold++;
      if (codes.has(gold.code)) c.codeAgree++;
      if (!roots.has(rootOf(gold.code))) {
        misses.push(`${s.id}: gold ${gold.code} ${gold.source}->${gold.target}; annals ${events.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`).join(', ') || 'nothing'}`);
        continue;
      }
      c.rootAgree++;
      r.agree++;
      actorAgreement(gold, events, c);
    }
  }
  const ms = performance.now() - started;

  print(`sentences: ${sentences.length} (${sentences.length - noEventSentences} with codings, ${noEventSentences} noevents); gold codings: ${c.gold}`);
  if (badDates.length > 0) print(`dates not YYYYMMDD, coded with published = null: ${badDates.map((s) => `${s.id} "${s.rawDate}"`).join(', ')}`);
  print(`coded in ${(ms / 1000).toFixed(1)} s`);
  printErrors(ctx, errors);
  print();
  print(`CAMEO root agreement (gold codings whose root annals codes in the sentence): ${ratio(c.rootAgree, c.gold)}`);
  print(`full-code agreement (gold code among annals' codes):                       ${ratio(c.codeAgree, c.gold)}`);
  print('when the root agrees (gold actors with a known country; PETRARCH "---" skipped):');
  print(`  source country agrees: ${ratio(c.sourceAgree, c.sourceChecked)}`);
  print(`  target country agrees: ${ratio(c.targetAgree, c.targetChecked)}`);
  print(`  both on one event:     ${ratio(c.dyadAgree, c.dyadChecked)}`);
  print(`noevents sentences where annals codes nothing:                               ${ratio(noEventSilent, noEventSentences)}`);
  print(`annals (sentence, root) pairs that the gold also has (a precision):          ${ratio(annalsPairsInGold, annalsPairs)}`);
  print();
  const rows = [...perRoot].sort((a, b) => a[0].localeCompare(b[0]));
  print('per CAMEO root:');
  print(table([
    ['root', 'name', 'gold', 'agree', 'annals', 'annals in gold'],
    ...rows.map(([r, e]) => [r, coder.cameo.get(r)?.name ?? '?', e.gold, e.agree, e.annals, e.annalsInGold]),
  ]));
  if (misses.length > 0) {
    print();
    print(`gold codings whose root annals missed (first 12 of ${misses.length}):`);
    for (const m of misses.slice(0, 12)) print(`  ${m}`);
  }

  return {
    sentences: sentences.length, goldCodings: c.gold, errors: errors.length,
    rootAgreement: round(share(c.rootAgree, c.gold)), codeAgreement: round(share(c.codeAgree, c.gold)),
    sourceCountryAgreement: { agree: c.sourceAgree, checked: c.sourceChecked, share: round(share(c.sourceAgree, c.sourceChecked)) },
    targetCountryAgreement: { agree: c.targetAgree, checked: c.targetChecked, share: round(share(c.targetAgree, c.targetChecked)) },
    dyadAgreement: { agree: c.dyadAgree, checked: c.dyadChecked, share: round(share(c.dyadAgree, c.dyadChecked)) },
    noEvents: { sentences: noEventSentences, silent: noEventSilent, share: round(share(noEventSilent, noEventSentences)) },
    rootPrecision: { inGold: annalsPairsInGold, pairs: annalsPairs, share: round(share(annalsPairsInGold, annalsPairs)) },
    perRoot: Object.fromEntries(rows),
  };
}

/** The PETRARCH-2 validation evaluation. */
export const petrarch: Evaluation = {
  name: 'petrarch',
  title: 'PETRARCH-2 validation sentences: CAMEO root, code and dyad agreement',
  needs: [FILE],
  run: report,
};
