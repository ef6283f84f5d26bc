import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import { mismatch, type BankItem, type Mismatch } from "@/lib/prepost/form-builder";
import { MIN_FORM_SIZE } from "@/lib/prepost/forms";

// Browser-safe and pure: how well two forms match, as the educator sees it, and whether they are parallel at all.

export interface CountPair<K> {
  key: K;
  a: number;
  b: number;
}

export interface MatchReport {
  size: number;
  narratives: CountPair<NarrativeCode>[];
  implications: CountPair<string>[];
  difficulties: CountPair<number>[];
  meanDifficulty: { a: number; b: number };
  /** How many scenarios of each form find one with the same implication key in the other (0 to size). */
  implicationsMatched: number;
  difficultiesMatched: number;
  mismatch: Mismatch;
}

function pairs<K extends string | number>(keys: readonly K[], a: readonly K[], b: readonly K[]): CountPair<K>[] {
  return keys.map((key) => ({ key, a: a.filter((k) => k === key).length, b: b.filter((k) => k === key).length }));
}

export function matchReport(formA: readonly BankItem[], formB: readonly BankItem[]): MatchReport {
  const implicationKeys = [...new Set([...formA, ...formB].map((s) => String(s.correctImplication)))].sort();
  const implications = pairs(
    implicationKeys,
    formA.map((s) => String(s.correctImplication)),
    formB.map((s) => String(s.correctImplication)),
  );
  const difficulties = pairs(
    [1, 2, 3],
    formA.map((s) => s.difficulty),
    formB.map((s) => s.difficulty),
  );
  const mean = (form: readonly BankItem[]) =>
    form.length === 0 ? 0 : form.reduce((sum, s) => sum + s.difficulty, 0) / form.length;
  return {
    size: formA.length,
    narratives: pairs(
      NARRATIVE_CODES,
      formA.map((s) => s.primaryNarrative),
      formB.map((s) => s.primaryNarrative),
    ),
    implications,
    difficulties,
    meanDifficulty: { a: mean(formA), b: mean(formB) },
    implicationsMatched: implications.reduce((sum, p) => sum + Math.min(p.a, p.b), 0),
    difficultiesMatched: difficulties.reduce((sum, p) => sum + Math.min(p.a, p.b), 0),
    mismatch: mismatch(formA, formB),
  };
}

/**
 * Why two forms are not parallel, or null when they are: the same size (at least one scenario of each narrative), no
 * scenario in both or twice in one, the same count of each narrative in both forms, and those counts as even as
 * possible (they differ by at most one).
 */
export function parallelFormsProblem(formA: readonly BankItem[], formB: readonly BankItem[]): string | null {
  if (formA.length !== formB.length) return "The two forms must hold the same number of scenarios.";
  if (formA.length < MIN_FORM_SIZE) return `Each form needs at least ${MIN_FORM_SIZE} scenarios, one per narrative.`;
  const ids = [...formA, ...formB].map((s) => s.id);
  if (new Set(ids).size !== ids.length) return "No scenario may appear in both forms, or twice in one.";
  const counts = matchReport(formA, formB).narratives;
  if (counts.some((c) => c.a !== c.b)) return "Both forms must hold the same number of scenarios of each narrative.";
  const values = counts.map((c) => c.a);
  if (Math.max(...values) - Math.min(...values) > 1) return "Each form must be balanced across the four narratives.";
  return null;
}
