import { describe, expect, it } from "vitest";
import { formatPercent, formatPointChange, formatRatio, formatTimestamp } from "@/lib/format";

describe("figures as the app shows them", () => {
  it("shares as whole percentages", () => {
    expect([formatPercent(0.254), formatPercent(1), formatPercent(null)]).toEqual(["25%", "100%", "—"]);
  });

  it("changes as signed percentage points with a true minus sign", () => {
    expect([0.75, -0.083, 0, 0.004, -2.4266, null].map(formatPointChange)).toEqual([
      "+75",
      "−8",
      "0",
      "0",
      "−243",
      "—",
    ]);
  });

  it("ratios to two decimals", () => {
    expect([1, 0.5, -0.25, 0.333, null].map(formatRatio)).toEqual(["1.00", "0.50", "−0.25", "0.33", "—"]);
  });
});

describe("formatTimestamp", () => {
  it("writes local time in the given zone, across daylight saving", () => {
    expect(formatTimestamp(new Date("2026-01-02T03:04:05Z"), "Europe/Berlin")).toBe("2026-01-02 04:04:05");
    expect(formatTimestamp(new Date("2026-07-02T23:30:00Z"), "Europe/Berlin")).toBe("2026-07-03 01:30:00");
    expect(formatTimestamp(new Date("2026-07-02T00:00:00Z"), "UTC")).toBe("2026-07-02 00:00:00");
  });
});
