import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";

export interface Pickable {
  id: string;
  primaryNarrative: NarrativeCode;
}

/** Picks `count` scenarios spread as evenly as the pool allows across the four narratives, at random within each. */
export function balancedDraw<T extends Pickable>(
  pool: readonly T[],
  count: number,
  random: () => number = Math.random,
): T[] {
  const queues = NARRATIVE_CODES.map((code) =>
    pool
      .filter((s) => s.primaryNarrative === code)
      .map((s) => ({ s, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map(({ s }) => s),
  );
  const picked: T[] = [];
  for (let round = 0; picked.length < Math.min(count, pool.length); round++) {
    for (const queue of queues) {
      const next = queue[round];
      if (next && picked.length < count) picked.push(next);
    }
  }
  return picked;
}
