import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import { shuffle } from "@/lib/random";

export interface DrawCandidate {
  id: string;
  slug: string;
  primaryNarrative: NarrativeCode;
}

export interface DrawOptions {
  size: number;
  /** When the trainee last answered each scenario slug; absent means never. */
  lastAnsweredAt: ReadonlyMap<string, Date>;
  random?: () => number;
}

/**
 * Picks a session's scenarios: every narrative at least once when the size allows, least recently
 * answered first (never-answered before anything seen), random among equals, in random order.
 */
export function drawScenarios(candidates: readonly DrawCandidate[], options: DrawOptions): DrawCandidate[] {
  const random = options.random ?? Math.random;
  const size = Math.min(options.size, candidates.length);
  const staleness = (c: DrawCandidate) => options.lastAnsweredAt.get(c.slug)?.getTime() ?? Number.NEGATIVE_INFINITY;
  // Shuffle first so the stable sort breaks ties at random.
  const byFreshness = shuffle(candidates, random).sort((a, b) => staleness(a) - staleness(b));

  const chosen: DrawCandidate[] = [];
  const taken = new Set<string>();
  const take = (c: DrawCandidate) => {
    chosen.push(c);
    taken.add(c.id);
  };

  const narratives: NarrativeCode[] = shuffle(NARRATIVE_CODES, random);
  for (const narrative of narratives) {
    if (chosen.length >= size) break;
    const first = byFreshness.find((c) => c.primaryNarrative === narrative);
    if (first) take(first);
  }
  for (const candidate of byFreshness) {
    if (chosen.length >= size) break;
    if (!taken.has(candidate.id)) take(candidate);
  }
  return shuffle(chosen, random);
}
