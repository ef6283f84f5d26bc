import { describe, expect, it } from "vitest";
import { formatPercent } from "@/lib/format";
import { summariseAnswers } from "@/lib/practice/summary";

describe("summariseAnswers", () => {
  it("computes the score, per-narrative accuracy and implication accuracy by hand-checked figures", () => {
    const summary = summariseAnswers([
      { primaryNarrative: "BRUTALITY", narrativePoints: 1, implicationPoints: 1, points: 2 },
      { primaryNarrative: "BRUTALITY", narrativePoints: 0.5, implicationPoints: 0, points: 0.5 },
      { primaryNarrative: "CORRUPTION", narrativePoints: 0, implicationPoints: 1, points: 1 },
    ]);
    expect(summary.answered).toBe(3);
    expect(summary.score).toEqual({ earned: 3.5, possible: 6, accuracy: 3.5 / 6 });
    expect(summary.byNarrative.BRUTALITY).toEqual({ earned: 1.5, possible: 2, accuracy: 0.75 });
    expect(summary.byNarrative.CORRUPTION.accuracy).toBe(0);
    expect(summary.byNarrative.INFIGHTING).toEqual({ earned: 0, possible: 0, accuracy: null });
    expect(summary.implications.accuracy).toBeCloseTo(2 / 3);
  });

  it("formats missing accuracy as a dash", () => {
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(0.756)).toBe("76%");
  });
});
