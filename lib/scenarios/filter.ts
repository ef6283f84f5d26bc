import type { ContentWarning } from "@/lib/domain/content-warnings";

// Browser-safe: which scenarios a class may meet. Every draw and every picker for a class goes through here, so
// practice, exercises, pre/post assessments and live sessions leave out the same scenarios.

/** What the filter needs to know of a scenario: its content warnings and whether it only illustrates a narrative. */
export interface FilterableScenario {
  contentWarnings?: readonly ContentWarning[];
  purpose?: "practice" | "example";
}

/** Why a scenario is left out: it is an example (never drawn or offered), or it carries excluded warnings. */
export type Exclusion = { kind: "example" } | { kind: "content"; warnings: ContentWarning[] };

export function exclusionOf(scenario: FilterableScenario, excluded: readonly ContentWarning[]): Exclusion | null {
  if (scenario.purpose === "example") return { kind: "example" };
  const warnings = (scenario.contentWarnings ?? []).filter((w) => excluded.includes(w));
  return warnings.length > 0 ? { kind: "content", warnings } : null;
}

/** A predicate over scenarios that keeps those a group with these exclusions may meet. */
export function scenarioFilter(excluded: readonly ContentWarning[]) {
  return (scenario: FilterableScenario): boolean => exclusionOf(scenario, excluded) === null;
}

/**
 * The filter for one class: its educator's content exclusions, and never an example. Live sessions, exercises and
 * pre/post assessments for the class draw through it.
 */
export function scenarioFilterForClass(klass: { readonly excludedContentWarnings: readonly ContentWarning[] }) {
  return scenarioFilter(klass.excludedContentWarnings);
}

/** A trainee in several classes meets only what every one of their classes allows: the union of their exclusions. */
export function unionOfExclusions(lists: readonly (readonly ContentWarning[])[]): ContentWarning[] {
  return [...new Set(lists.flat())].sort();
}
