import { describe, expect, it } from "vitest";
import {
  calibration,
  confusionMatrix,
  difficultyDisagreement,
  discrimination,
  facility,
  masteryBand,
  median,
  strongestConfusion,
  upperLowerGroups,
  weakestNarrative,
} from "@/lib/dashboards/statistics";

describe("item statistics, against hand-computed figures", () => {
  it("facility is the mean score over the maximum", () => {
    // Four answers scoring 2, 1.5, 1, 0: 4.5 of 8 possible.
    expect(facility(4.5, 4)).toBe(0.5625);
    expect(facility(0, 0)).toBeNull();
  });

  it("splits ten trainees into top and bottom three (27% rounded)", () => {
    const totals = Array.from({ length: 10 }, (_, i) => ({ userId: `t${i}`, points: i, answers: 1 }));
    expect(upperLowerGroups(totals)).toEqual({ upper: ["t9", "t8", "t7"], lower: ["t2", "t1", "t0"] });
  });

  it("ranks by mean score, not by volume, and breaks ties by id", () => {
    const totals = [
      { userId: "b", points: 10, answers: 10 }, // mean 1
      { userId: "a", points: 4, answers: 2 }, // mean 2
      { userId: "c", points: 10, answers: 10 }, // mean 1
    ];
    expect(upperLowerGroups(totals)).toEqual({ upper: ["a"], lower: ["c"] });
  });

  it("needs two trainees for a split", () => {
    expect(upperLowerGroups([{ userId: "x", points: 1, answers: 1 }])).toEqual({ upper: [], lower: [] });
  });

  it("discrimination is upper facility minus lower facility, negative when the weaker do better", () => {
    expect(discrimination(0.9, 0.4)).toBeCloseTo(0.5);
    expect(discrimination(0.2, 0.7)).toBeCloseTo(-0.5);
    expect(discrimination(null, 0.5)).toBeNull();
  });

  it("median of odd and even lists", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([])).toBeNull();
  });
});

describe("confusion counts", () => {
  it("tallies true against chosen narrative and names the strongest confusion", () => {
    const matrix = confusionMatrix([
      { actual: "BRUTALITY", chosen: "BRUTALITY", count: 7 },
      { actual: "BRUTALITY", chosen: "INFIGHTING", count: 2 },
      { actual: "CORRUPTION", chosen: "DISAPPOINTMENT", count: 3 },
      { actual: "CORRUPTION", chosen: "DISAPPOINTMENT", count: 1 },
    ]);
    expect(matrix.BRUTALITY).toEqual({ INFIGHTING: 2, BRUTALITY: 7, CORRUPTION: 0, DISAPPOINTMENT: 0 });
    expect(matrix.CORRUPTION.DISAPPOINTMENT).toBe(4);
    expect(strongestConfusion(matrix)).toEqual({ actual: "CORRUPTION", chosen: "DISAPPOINTMENT", count: 4 });
  });
});

describe("mastery", () => {
  it("names the weakest answered narrative", () => {
    expect(
      weakestNarrative([
        { narrative: "INFIGHTING", earned: 3, answers: 4 },
        { narrative: "BRUTALITY", earned: 1, answers: 4 },
        { narrative: "CORRUPTION", earned: 0, answers: 0 },
      ]),
    ).toBe("BRUTALITY");
    expect(weakestNarrative([])).toBeNull();
  });

  it("names no weakest narrative when several share the lowest accuracy", () => {
    expect(
      weakestNarrative([
        { narrative: "INFIGHTING", earned: 1, answers: 2 },
        { narrative: "BRUTALITY", earned: 2, answers: 4 },
        { narrative: "CORRUPTION", earned: 3, answers: 3 },
      ]),
    ).toBeNull();
  });

  it("bands accuracy", () => {
    expect([null, 0.2, 0.5, 0.79, 0.8].map(masteryBand)).toEqual(["none", "low", "developing", "developing", "secure"]);
  });
});

describe("rated difficulty against measured facility", () => {
  it("flags an easier item most miss and a hard item nearly all get right, once there are enough answers", () => {
    expect(difficultyDisagreement(1, 0.49, 5)).toBe("harder-than-rated");
    expect(difficultyDisagreement(1, 0.5, 5)).toBeNull();
    expect(difficultyDisagreement(3, 0.8, 5)).toBe("easier-than-rated");
    expect(difficultyDisagreement(3, 0.79, 5)).toBeNull();
    expect(difficultyDisagreement(2, 0.05, 50)).toBeNull();
    expect(difficultyDisagreement(1, 0, 4)).toBeNull();
    expect(difficultyDisagreement(1, null, 0)).toBeNull();
  });
});

describe("calibration", () => {
  it("turns confidence groups into accuracy by confidence", () => {
    expect(
      calibration([
        { confidence: 5, sumPoints: 7, answers: 4 },
        { confidence: 1, sumPoints: 1, answers: 2 },
        { confidence: 3, sumPoints: 0, answers: 0 },
      ]),
    ).toEqual([
      { confidence: 1, answers: 2, accuracy: 0.25 },
      { confidence: 5, answers: 4, accuracy: 0.875 },
    ]);
  });
});
