import { describe, expect, it } from "vitest";
import { anySuppressed, suppressed } from "@/lib/reports/suppression";

describe("small-group suppression", () => {
  it("withholds a figure drawn from fewer trainees than the threshold", () => {
    expect(suppressed(0.8, 4, 5)).toEqual({ shown: false, trainees: 4 });
    expect(suppressed(0.8, 1, 5)).toEqual({ shown: false, trainees: 1 });
  });

  it("shows a figure drawn from at least the threshold, or from nobody", () => {
    expect(suppressed(0.8, 5, 5)).toEqual({ shown: true, value: 0.8, trainees: 5 });
    expect(suppressed(0, 0, 5)).toEqual({ shown: true, value: 0, trainees: 0 });
  });

  it("follows the deployment's threshold", () => {
    expect(suppressed(3, 3, 3).shown).toBe(true);
    expect(suppressed(3, 9, 10).shown).toBe(false);
  });

  it("says whether anything was withheld", () => {
    expect(anySuppressed([suppressed(1, 6, 5), suppressed(1, 2, 5)])).toBe(true);
    expect(anySuppressed([suppressed(1, 6, 5), suppressed(1, 0, 5)])).toBe(false);
  });
});
