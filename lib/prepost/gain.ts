import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import type { FormName } from "@/lib/prepost/forms";
import { studentTQuantile } from "@/lib/prepost/t-distribution";

// Pure statistics of a pre/post assessment. Scores are shares of the points available (0–1), so "max" in the
// normalised gain (post − pre) / (max − pre) is 1. Only trainees who completed both forms count in the class figures.

/** Points earned out of points possible. */
export interface Tally {
  earned: number;
  possible: number;
}

export interface FormResult {
  /** The whole form: 2 points per scenario (1 for the narrative, 1 for the implication). */
  score: Tally;
  /** Narrative points on the scenarios of each narrative, 1 per scenario. */
  narratives: Record<NarrativeCode, Tally>;
  /** Implication points, 1 per scenario. */
  implications: Tally;
  /**
   * Over the answers given a confidence rating: how many, the sum of the ratings rescaled to 0–1 ((rating − 1) / 4),
   * and the sum of their accuracy (points / 2).
   */
  calibration: { rated: number; confidence: number; accuracy: number };
}

export interface TraineeForms {
  userId: string;
  name: string;
  firstForm: FormName;
  /** The first form, when completed; an unfinished form counts as not taken. */
  pre: FormResult | null;
  post: FormResult | null;
}

export const share = (tally: Tally): number | null => (tally.possible > 0 ? tally.earned / tally.possible : null);

/**
 * (post − pre) / (1 − pre). A trainee with a perfect pre-test has no room to gain: the gain is undefined (null), and
 * such trainees are counted apart and left out of the mean of individual gains. Negative when the post-test is lower.
 */
export function normalisedGain(pre: number, post: number): number | null {
  return pre >= 1 ? null : (post - pre) / (1 - pre);
}

/** A confidence rating (1–5) as the accuracy it claims: 1 → 0, 5 → 1. */
export const rescaledConfidence = (rating: number) => (rating - 1) / 4;

/** Mean rescaled confidence minus mean accuracy on rated answers: positive is over-confident. Null with no ratings. */
export function calibrationGap(c: FormResult["calibration"]): number | null {
  return c.rated === 0 ? null : (c.confidence - c.accuracy) / c.rated;
}

export interface PairedSummary {
  n: number;
  meanPre: number;
  meanPost: number;
  /** Mean of (post − pre), trainee by trainee. */
  meanDifference: number;
  /** Null for a single trainee. */
  sdDifference: number | null;
  /** The 95% confidence interval of the mean difference (Student's t, n − 1 degrees of freedom); null for n < 2. */
  ci: { low: number; high: number } | null;
}

export const CONFIDENCE_LEVEL = 0.95;

/** The paired mean difference of pre and post values, with its confidence interval; null when there are no pairs. */
export function pairedSummary(pairs: readonly { pre: number; post: number }[]): PairedSummary | null {
  const n = pairs.length;
  if (n === 0) return null;
  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const differences = pairs.map((p) => p.post - p.pre);
  const meanDifference = mean(differences);
  const base = {
    n,
    meanPre: mean(pairs.map((p) => p.pre)),
    meanPost: mean(pairs.map((p) => p.post)),
    meanDifference,
  };
  if (n < 2) return { ...base, sdDifference: null, ci: null };
  const sd = Math.sqrt(differences.reduce((s, d) => s + (d - meanDifference) ** 2, 0) / (n - 1));
  const half = studentTQuantile(1 - (1 - CONFIDENCE_LEVEL) / 2, n - 1) * (sd / Math.sqrt(n));
  return { ...base, sdDifference: sd, ci: { low: meanDifference - half, high: meanDifference + half } };
}

export type TakenStatus = "both" | "pre-only" | "post-only" | "neither";

export interface TraineeGain {
  userId: string;
  name: string;
  firstForm: FormName;
  status: TakenStatus;
  pre: number | null;
  post: number | null;
  difference: number | null;
  /** Null when either form is missing, or the pre-test was perfect. */
  gain: number | null;
  perfectPre: boolean;
  calibrationPre: number | null;
  calibrationPost: number | null;
}

export interface LearningGain {
  trainees: TraineeGain[];
  counts: Record<TakenStatus, number> & { total: number; firstA: number; firstB: number };
  /** Whole-form scores of the trainees who took both. */
  score: PairedSummary | null;
  /** The gain of the class means: (mean post − mean pre) / (1 − mean pre) (Hake's class-average gain). */
  gainOfMeans: number | null;
  /** The mean of the individual gains, over the trainees whose gain is defined. */
  meanOfGains: { mean: number | null; n: number; perfectPre: number };
  narratives: { narrative: NarrativeCode; summary: PairedSummary | null }[];
  implications: PairedSummary | null;
  /** Paired change in the size of the calibration gap |confidence − accuracy| (negative: better calibrated). */
  calibration: { summary: PairedSummary | null; meanGapPre: number | null; meanGapPost: number | null };
  /** Mean score on each form among those who took both: a gap between them is the forms' difference in difficulty. */
  forms: Record<FormName, { n: number; mean: number | null }>;
}

function statusOf(t: TraineeForms): TakenStatus {
  if (t.pre && t.post) return "both";
  return t.pre ? "pre-only" : t.post ? "post-only" : "neither";
}

function pairsOf(
  both: readonly TraineeForms[],
  value: (form: FormResult) => number | null,
): { pre: number; post: number }[] {
  return both.flatMap((t) => {
    const pre = value(t.pre!);
    const post = value(t.post!);
    return pre === null || post === null ? [] : [{ pre, post }];
  });
}

const meanOf = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;

export function learningGain(trainees: readonly TraineeForms[]): LearningGain {
  const rows: TraineeGain[] = trainees.map((t) => {
    const pre = t.pre ? share(t.pre.score) : null;
    const post = t.post ? share(t.post.score) : null;
    const both = pre !== null && post !== null;
    return {
      userId: t.userId,
      name: t.name,
      firstForm: t.firstForm,
      status: statusOf(t),
      pre,
      post,
      difference: both ? post - pre : null,
      gain: both ? normalisedGain(pre, post) : null,
      perfectPre: pre !== null && pre >= 1,
      calibrationPre: t.pre ? calibrationGap(t.pre.calibration) : null,
      calibrationPost: t.post ? calibrationGap(t.post.calibration) : null,
    };
  });
  const both = trainees.filter((t) => t.pre && t.post);
  const paired = rows.filter((r) => r.status === "both");
  const score = pairedSummary(pairsOf(both, (f) => share(f.score)));
  const gains = paired.flatMap((r) => (r.gain === null ? [] : [r.gain]));
  const count = (status: TakenStatus) => rows.filter((r) => r.status === status).length;
  // Calibration compares trainees who rated their confidence on both forms.
  const rated = both.filter((t) => t.pre!.calibration.rated > 0 && t.post!.calibration.rated > 0);
  const gap = (t: TraineeForms, which: "pre" | "post") => calibrationGap(t[which]!.calibration)!;
  const formScores = (form: FormName) =>
    both.map((t) => share((t.firstForm === form ? t.pre : t.post)!.score)).filter((v): v is number => v !== null);

  return {
    trainees: rows,
    counts: {
      both: count("both"),
      "pre-only": count("pre-only"),
      "post-only": count("post-only"),
      neither: count("neither"),
      total: rows.length,
      firstA: paired.filter((r) => r.firstForm === "A").length,
      firstB: paired.filter((r) => r.firstForm === "B").length,
    },
    score,
    gainOfMeans: score ? normalisedGain(score.meanPre, score.meanPost) : null,
    meanOfGains: { mean: meanOf(gains), n: gains.length, perfectPre: paired.filter((r) => r.perfectPre).length },
    narratives: NARRATIVE_CODES.map((narrative) => ({
      narrative,
      summary: pairedSummary(pairsOf(both, (f) => share(f.narratives[narrative]))),
    })),
    implications: pairedSummary(pairsOf(both, (f) => share(f.implications))),
    calibration: {
      summary: pairedSummary(rated.map((t) => ({ pre: Math.abs(gap(t, "pre")), post: Math.abs(gap(t, "post")) }))),
      meanGapPre: meanOf(rated.map((t) => gap(t, "pre"))),
      meanGapPost: meanOf(rated.map((t) => gap(t, "post"))),
    },
    forms: {
      A: { n: formScores("A").length, mean: meanOf(formScores("A")) },
      B: { n: formScores("B").length, mean: meanOf(formScores("B")) },
    },
  };
}
