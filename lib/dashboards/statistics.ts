import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import { scoreShare } from "@/lib/practice/scoring";

// Pure statistics over aggregates the database has already computed.

/** Facility index: the mean score on an item as a share of its maximum (0 = nobody right, 1 = everyone). */
export function facility(sumPoints: number, answers: number): number | null {
  return scoreShare(sumPoints, answers);
}

/** The share of trainees in each of the upper and lower groups (Kelley's 27%). */
export const DISCRIMINATION_GROUP_SHARE = 0.27;

export interface TraineeTotal {
  userId: string;
  points: number;
  answers: number;
}

/**
 * Splits trainees by their mean score in the current view into the top and bottom 27% (at least one each);
 * ties are broken by id so the split is stable. Fewer than two trainees give no split.
 */
export function upperLowerGroups(totals: readonly TraineeTotal[]): { upper: string[]; lower: string[] } {
  const scored = totals.filter((t) => t.answers > 0);
  if (scored.length < 2) return { upper: [], lower: [] };
  const size = Math.max(1, Math.round(scored.length * DISCRIMINATION_GROUP_SHARE));
  const ranked = [...scored].sort(
    (a, b) => b.points / b.answers - a.points / a.answers || a.userId.localeCompare(b.userId),
  );
  return { upper: ranked.slice(0, size).map((t) => t.userId), lower: ranked.slice(-size).map((t) => t.userId) };
}

/** Discrimination index D: the item's facility in the upper group minus its facility in the lower group (−1 to 1). */
export function discrimination(upperFacility: number | null, lowerFacility: number | null): number | null {
  return upperFacility === null || lowerFacility === null ? null : upperFacility - lowerFacility;
}

export type ConfusionMatrix = Record<NarrativeCode, Record<NarrativeCode, number>>;

export function confusionMatrix(
  cells: readonly { actual: NarrativeCode; chosen: NarrativeCode; count: number }[],
): ConfusionMatrix {
  const matrix = Object.fromEntries(
    NARRATIVE_CODES.map((a) => [a, Object.fromEntries(NARRATIVE_CODES.map((c) => [c, 0]))]),
  ) as ConfusionMatrix;
  for (const cell of cells) matrix[cell.actual][cell.chosen] += cell.count;
  return matrix;
}

/** The most frequent off-diagonal cell: which narrative is most often mistaken for which. */
export function strongestConfusion(
  matrix: ConfusionMatrix,
): { actual: NarrativeCode; chosen: NarrativeCode; count: number } | null {
  let best: { actual: NarrativeCode; chosen: NarrativeCode; count: number } | null = null;
  for (const actual of NARRATIVE_CODES) {
    for (const chosen of NARRATIVE_CODES) {
      const count = matrix[actual][chosen];
      if (actual !== chosen && count > 0 && (!best || count > best.count)) best = { actual, chosen, count };
    }
  }
  return best;
}

export interface NarrativeAccuracy {
  narrative: NarrativeCode;
  earned: number;
  answers: number;
}

/**
 * The narrative with the lowest accuracy among those answered; null when nothing was answered, or when several share
 * the lowest accuracy (naming one of them would single it out by the order of the list).
 */
export function weakestNarrative(rows: readonly NarrativeAccuracy[]): NarrativeCode | null {
  const answered = rows.filter((r) => r.answers > 0).map((r) => ({ ...r, accuracy: r.earned / r.answers }));
  if (answered.length === 0) return null;
  const lowest = Math.min(...answered.map((r) => r.accuracy));
  const weakest = answered.filter((r) => Math.abs(r.accuracy - lowest) < 1e-9);
  return weakest.length === 1 ? weakest[0]!.narrative : null;
}

/** The rule the item analysis states beside its flags (components/dashboards/item-analysis-section.tsx). */
export const DIFFICULTY_RULE = {
  /** Fewer answers than this are too few to judge a scenario by. */
  minimumAnswers: 5,
  /** A scenario rated 1 (easier) is flagged below this facility. */
  easyBelow: 0.5,
  /** A scenario rated 3 (hard on purpose) is flagged at or above this facility. */
  hardFrom: 0.8,
} as const;

/**
 * Whether a scenario's measured facility disagrees with its rated difficulty: an easier item most trainees miss, or a
 * hard one nearly all get right. Items rated 2, and items with too few answers, are never flagged.
 */
export function difficultyDisagreement(
  difficulty: number,
  facilityIndex: number | null,
  answers: number,
): "harder-than-rated" | "easier-than-rated" | null {
  if (facilityIndex === null || answers < DIFFICULTY_RULE.minimumAnswers) return null;
  if (difficulty === 1 && facilityIndex < DIFFICULTY_RULE.easyBelow) return "harder-than-rated";
  if (difficulty === 3 && facilityIndex >= DIFFICULTY_RULE.hardFrom) return "easier-than-rated";
  return null;
}

/** Mastery bands for the grid, readable as words as well as colour. */
export function masteryBand(accuracy: number | null): "none" | "low" | "developing" | "secure" {
  if (accuracy === null) return "none";
  if (accuracy < 0.5) return "low";
  return accuracy < 0.8 ? "developing" : "secure";
}

export interface CalibrationRow {
  confidence: number;
  answers: number;
  /** Mean score as a share of the maximum. */
  accuracy: number;
}

/** Confidence (1–5) against accuracy; a well-calibrated trainee's accuracy rises with confidence. */
export function calibration(
  rows: readonly { confidence: number; sumPoints: number; answers: number }[],
): CalibrationRow[] {
  return rows
    .filter((r) => r.answers > 0)
    .map((r) => ({ confidence: r.confidence, answers: r.answers, accuracy: scoreShare(r.sumPoints, r.answers) ?? 0 }))
    .sort((a, b) => a.confidence - b.confidence);
}

/** The median of a sorted or unsorted list; null for an empty one. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
