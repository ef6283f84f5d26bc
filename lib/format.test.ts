import { describe, expect, it } from "vitest";
import { formatTimestamp } from "@/lib/format";

describe("formatTimestamp", () => {
  it("writes local time in the given zone, across daylight saving", () => {
    expect(formatTimestamp(new Date("2026-01-02T03:04:05Z"), "Europe/Berlin")).toBe("2026-01-02 04:04:05");
    expect(formatTimestamp(new Date("2026-07-02T23:30:00Z"), "Europe/Berlin")).toBe("2026-07-03 01:30:00");
    expect(formatTimestamp(new Date("2026-07-02T00:00:00Z"), "UTC")).toBe("2026-07-02 00:00:00");
  });
});
