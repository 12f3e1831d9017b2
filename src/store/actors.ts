import { eventDay } from '../format/event-day.js';
import type { ActorRef, EventRecord } from '../model/index.js';

/** An actor as the store keeps it: one per distinct code and name, with the first day it was seen on. */
export interface StoredActor {
  /** `''` when the actor has a name but no code. */
  code: string;
  /** `''` when the actor has a code but no name. */
  name: string;
  country: string | null;
  /** The earliest day of the actor's dated events; null when all its events are undated. */
  firstSeen: string | null;
}

/** The key an actor is stored under; null for an actor with neither code nor name, which the store does not keep. */
export function actorKey(actor: ActorRef | null): string | null {
  if (actor == null || (actor.code == null && actor.name == null)) return null;
  return `${actor.code ?? ''}\u0000${actor.name ?? ''}`;
}

/** The distinct actors of an article's records, by `actorKey`, each with the earliest day of its events. */
export function actorsOf(records: readonly EventRecord[]): Map<string, StoredActor> {
  const actors = new Map<string, StoredActor>();
  for (const record of records) {
    const seen = eventDay(record.date);
    for (const actor of [record.source, record.target]) {
      const key = actorKey(actor);
      if (actor == null || key == null) continue;
      const known = actors.get(key);
      if (known == null) {
        actors.set(key, { code: actor.code ?? '', name: actor.name ?? '', country: actor.country, firstSeen: seen });
      } else if (seen != null && (known.firstSeen == null || seen < known.firstSeen)) {
        known.firstSeen = seen;
      }
    }
  }
  return actors;
}
