import { describe, expect, it } from "vitest";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import type { FormName } from "@/lib/prepost/forms";
import {
  calibrationGap,
  learningGain,
  normalisedGain,
  pairedSummary,
  type FormResult,
  type TraineeForms,
} from "@/lib/prepost/gain";

// A form of four scenarios, one per narrative: [narrative points, implication points, confidence rating] each.
type Answer = [narrative: number, implication: number, rating: number | null];
function form(answers: [Answer, Answer, Answer, Answer]): FormResult {
  const rated = answers.filter((a) => a[2] !== null);
  return {
    score: { earned: answers.reduce((s, [n, i]) => s + n + i, 0), possible: 8 },
    narratives: Object.fromEntries(
      NARRATIVE_CODES.map((code, k) => [code, { earned: answers[k]![0], possible: 1 }]),
    ) as FormResult["narratives"],
    implications: { earned: answers.reduce((s, [, i]) => s + i, 0), possible: 4 },
    calibration: {
      rated: rated.length,
      confidence: rated.reduce((s, a) => s + (a[2]! - 1) / 4, 0),
      accuracy: rated.reduce((s, [n, i]) => s + (n + i) / 2, 0),
    },
  };
}
const same = (a: Answer): [Answer, Answer, Answer, Answer] => [a, a, a, a];
const trainee = (name: string, pre: FormResult | null, post: FormResult | null, firstForm: FormName = "A") => ({
  userId: name,
  name,
  firstForm,
  pre,
  post,
});

// Hand-computed class (scores as shares of 8 points):
//   T1  pre 4/8 = 0.5    post 8/8 = 1      difference  0.5    gain (1 − 0.5) / (1 − 0.5) = 1
//   T2  pre 2/8 = 0.25   post 5/8 = 0.625  difference  0.375  gain 0.375 / 0.75 = 0.5
//   T3  pre 8/8 = 1      post 6/8 = 0.75   difference −0.25   gain undefined (perfect pre-test)
//   T4  pre only; T5 post only: not counted.
// Paired differences 0.5, 0.375, −0.25: mean 0.208333; SD 0.401819; SE 0.231990; t(0.975, 2) = 4.302653;
// 95% CI 0.208333 ± 0.998174 = [−0.789841, 1.206507]. Means: pre 0.583333, post 0.791667; gain of the means
// 0.208333 / 0.416667 = 0.5; mean of the defined individual gains (1 + 0.5) / 2 = 0.75.
const T1 = trainee("T1", form(same([1, 0, 5])), form(same([1, 1, 5])));
const T2 = trainee(
  "T2",
  form([
    [1, 1, null],
    [0, 0, null],
    [0, 0, null],
    [0, 0, null],
  ]),
  form([
    [1, 1, 3],
    [1, 1, 3],
    [1, 0, 3],
    [0, 0, 3],
  ]),
  "B",
);
const T3 = trainee(
  "T3",
  form(same([1, 1, 4])),
  form([
    [1, 1, 4],
    [1, 1, 4],
    [1, 0, 4],
    [0, 1, 4],
  ]),
  "B",
);
const T4 = trainee(
  "T4",
  form([
    [1, 1, null],
    [1, 0, null],
    [0, 0, null],
    [0, 0, null],
  ]),
  null,
);
const T5 = trainee("T5", null, form(same([1, 1, null])));
const CLASS: TraineeForms[] = [T1, T2, T3, T4, T5];

describe("normalised gain", () => {
  it("is (post − pre) / (max − pre) on shares", () => {
    expect(normalisedGain(0.5, 1)).toBe(1);
    expect(normalisedGain(0.25, 0.625)).toBe(0.5);
    expect(normalisedGain(0.5, 0.25)).toBe(-0.5);
  });

  it("is undefined after a perfect pre-test", () => {
    expect(normalisedGain(1, 1)).toBeNull();
    expect(normalisedGain(1, 0.5)).toBeNull();
  });
});

describe("paired mean difference", () => {
  it("has a Student's t 95% interval", () => {
    const summary = pairedSummary([
      { pre: 0.5, post: 1 },
      { pre: 0.25, post: 0.625 },
      { pre: 1, post: 0.75 },
    ])!;
    expect(summary.n).toBe(3);
    expect(summary.meanDifference).toBeCloseTo(0.208333, 6);
    expect(summary.sdDifference).toBeCloseTo(0.401819, 6);
    expect(summary.ci!.low).toBeCloseTo(-0.789841, 5);
    expect(summary.ci!.high).toBeCloseTo(1.206507, 5);
  });

  it("has no interval for a class of one, and nothing for none", () => {
    expect(pairedSummary([{ pre: 0.5, post: 1 }])).toEqual({
      n: 1,
      meanPre: 0.5,
      meanPost: 1,
      meanDifference: 0.5,
      sdDifference: null,
      ci: null,
    });
    expect(pairedSummary([])).toBeNull();
  });

  it("has an interval of zero width when every trainee changed alike", () => {
    const summary = pairedSummary([
      { pre: 0.2, post: 0.7 },
      { pre: 0.3, post: 0.8 },
    ])!;
    expect(summary.ci!.low).toBeCloseTo(0.5, 12);
    expect(summary.ci!.high).toBeCloseTo(0.5, 12);
  });
});

describe("a class's learning gain, against the hand-computed class", () => {
  const gain = learningGain(CLASS);

  it("counts only the trainees who took both forms, and says how many took one", () => {
    expect(gain.counts).toEqual({
      both: 3,
      "pre-only": 1,
      "post-only": 1,
      neither: 0,
      total: 5,
      firstA: 1,
      firstB: 2,
    });
    expect(gain.score!.n).toBe(3);
    expect(gain.trainees.find((t) => t.name === "T4")).toMatchObject({
      status: "pre-only",
      gain: null,
      difference: null,
    });
  });

  it("gives each trainee's scores, difference and gain", () => {
    const rows = Object.fromEntries(gain.trainees.map((t) => [t.name, t]));
    expect(rows.T1).toMatchObject({ pre: 0.5, post: 1, difference: 0.5, gain: 1, perfectPre: false });
    expect(rows.T2).toMatchObject({ pre: 0.25, post: 0.625, difference: 0.375, gain: 0.5 });
    expect(rows.T3).toMatchObject({ pre: 1, post: 0.75, difference: -0.25, gain: null, perfectPre: true });
  });

  it("gives the class's means, both gains and the paired difference with its interval", () => {
    expect(gain.score!.meanPre).toBeCloseTo(0.583333, 6);
    expect(gain.score!.meanPost).toBeCloseTo(0.791667, 6);
    expect(gain.score!.meanDifference).toBeCloseTo(0.208333, 6);
    expect(gain.score!.ci!.low).toBeCloseTo(-0.789841, 5);
    expect(gain.gainOfMeans).toBeCloseTo(0.5, 10);
    expect(gain.meanOfGains).toEqual({ mean: 0.75, n: 2, perfectPre: 1 });
  });

  it("gives the same per narrative and for implications", () => {
    // Infighting (first scenario): T1 1 → 1, T2 1 → 1, T3 1 → 1. Disappointment (fourth): T1 1 → 1, T2 0 → 0, T3 1 → 0.
    const byCode = Object.fromEntries(gain.narratives.map((n) => [n.narrative, n.summary!]));
    expect(byCode.INFIGHTING).toMatchObject({ meanPre: 1, meanPost: 1, meanDifference: 0, sdDifference: 0 });
    expect(byCode.DISAPPOINTMENT!.meanPre).toBeCloseTo(2 / 3, 10);
    expect(byCode.DISAPPOINTMENT!.meanPost).toBeCloseTo(1 / 3, 10);
    // Implications: T1 0/4 → 4/4, T2 1/4 → 2/4, T3 4/4 → 3/4: differences 1, 0.25, −0.25, mean 1/3.
    expect(gain.implications!.meanPre).toBeCloseTo(5 / 12, 10);
    expect(gain.implications!.meanDifference).toBeCloseTo(1 / 3, 10);
  });

  it("gives the change in calibration over trainees who rated both forms", () => {
    // T1: pre confidence 1 (rating 5), accuracy 0.5 → gap 0.5; post 1 − 1 = 0. T2 rated only the post-test.
    // T3: pre 0.75 − 1 = −0.25; post 0.75 − 0.75 = 0. Sizes of the gaps: 0.5 → 0 and 0.25 → 0.
    expect(calibrationGap(T1.pre!.calibration)).toBe(0.5);
    expect(gain.calibration.summary).toMatchObject({ n: 2, meanPre: 0.375, meanPost: 0, meanDifference: -0.375 });
    expect(gain.calibration.meanGapPre).toBeCloseTo(0.125, 10);
    expect(gain.calibration.meanGapPost).toBe(0);
  });

  it("compares the two forms among those who took both", () => {
    // Form A: T1's pre (0.5), T2's post (0.625), T3's post (0.75). Form B: T1's post (1), T2's pre (0.25), T3's pre (1).
    expect(gain.forms.A.mean).toBeCloseTo(0.625, 10);
    expect(gain.forms.B.mean).toBeCloseTo(0.75, 10);
  });
});

describe("edge cases", () => {
  it("a class of one has a gain but no interval", () => {
    const gain = learningGain([T1]);
    expect(gain.score).toMatchObject({ n: 1, meanDifference: 0.5, ci: null });
    expect(gain.gainOfMeans).toBe(1);
    expect(gain.narratives.every((n) => n.summary!.ci === null)).toBe(true);
  });

  it("a class where everyone's pre-test was perfect has no gain at all", () => {
    const gain = learningGain([T3]);
    expect(gain.gainOfMeans).toBeNull();
    expect(gain.meanOfGains).toEqual({ mean: null, n: 0, perfectPre: 1 });
  });

  it("a class where nobody took both forms has no figures", () => {
    const gain = learningGain([T4, T5]);
    expect(gain.score).toBeNull();
    expect(gain.gainOfMeans).toBeNull();
    expect(gain.implications).toBeNull();
    expect(gain.counts.both).toBe(0);
  });
});
