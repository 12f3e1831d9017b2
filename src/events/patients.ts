import type { Token } from '../model/index.js';

/**
 * Codes whose event stands with people as its patient even when no actor is named: coercion (arrests, deportation,
 * repression) and abductions, beatings, sexual violence and torture. Killings are left out: "ten people were
 * killed" is as often an accident or a crime.
 */
const PATIENT_CODES = /^(?:17|181|182)/;

/** Nouns for people, which an event may be done to without naming an actor. */
const PEOPLE = new Set([
  'people', 'person', 'persons', 'man', 'men', 'woman', 'women', 'girl', 'girls', 'boy', 'boys', 'child', 'children', 'activist',
  'activists', 'protester', 'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators', 'student', 'students',
  'journalist', 'journalists', 'civilian', 'civilians', 'villager', 'villagers', 'resident', 'residents', 'worker', 'workers',
  'individual', 'individuals', 'leader', 'leaders', 'member', 'members', 'supporter', 'supporters', 'suspect', 'suspects', 'farmer',
  'farmers', 'teacher', 'teachers', 'priest', 'priests', 'mother', 'daughter', 'son', 'wife', 'victim', 'victims', 'detainee',
  'detainees', 'prisoner', 'prisoners', 'teenager', 'teenagers', 'youth', 'youths', 'migrant', 'migrants', 'refugee', 'refugees',
]);

function namesPeople(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'NOUN' && PEOPLE.has(tokens[i]!.lower)) return true;
  return false;
}

/** Is an event of this code done to people named in tokens [from, to) without an actor ("40 activists were arrested")? */
export function doneToPeople(cameo: string, tokens: Token[], from: number, to: number): boolean {
  return PATIENT_CODES.test(cameo) && namesPeople(tokens, from, to);
}
