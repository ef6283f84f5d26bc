import type { Scenario } from "@/lib/content/scenario-schema";
import type { ImplicationCode } from "@/lib/domain/implications";
import { shuffle } from "@/lib/random";

/** The four implication options of a scenario (its key and three distractors) in a fresh random order. */
export function implicationOptions(scenario: Scenario, random: () => number = Math.random): ImplicationCode[] {
  return shuffle([scenario.implications.correct, ...scenario.implications.distractors], random);
}
