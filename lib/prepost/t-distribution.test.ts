import { describe, expect, it } from "vitest";
import { logGamma, studentTCdf, studentTQuantile } from "@/lib/prepost/t-distribution";

describe("Student's t quantile", () => {
  // Two-sided 95% critical values from published t tables (four decimals).
  it.each([
    [1, 12.7062],
    [2, 4.3027],
    [3, 3.1824],
    [4, 2.7764],
    [5, 2.5706],
    [9, 2.2622],
    [10, 2.2281],
    [20, 2.086],
    [29, 2.0452],
    [30, 2.0423],
    [60, 2.0003],
    [120, 1.9799],
  ])("t(0.975, %i) = %f", (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 3);
  });

  it("matches the closed forms for one and two degrees of freedom", () => {
    for (const p of [0.6, 0.9, 0.975, 0.995]) {
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 8);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) * Math.sqrt(2 / (4 * p * (1 - p))), 8);
    }
  });

  it("approaches the normal quantile as the degrees of freedom grow", () => {
    expect(studentTQuantile(0.975, 100_000)).toBeCloseTo(1.95996, 4);
  });

  it("is symmetric and inverts the distribution function", () => {
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-studentTQuantile(0.975, 7), 10);
    expect(studentTCdf(studentTQuantile(0.9, 3), 3)).toBeCloseTo(0.9, 10);
    expect(studentTCdf(0, 5)).toBe(0.5);
  });

  it("refuses probabilities outside (0, 1)", () => {
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
  });

  it("log-gamma agrees with factorials", () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
});
