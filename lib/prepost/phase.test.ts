import { describe, expect, it } from "vitest";
import { assignFirstForm, formFor, prePostPhase } from "@/lib/prepost/phase";

const at = (iso: string) => new Date(iso);

describe("pre/post phases", () => {
  const closesAt = at("2026-12-01T00:00:00Z");

  it("runs the pre-test until the post-test opens, and nothing once closed", () => {
    expect(prePostPhase({ postOpenedAt: null, closesAt }, at("2026-11-01T00:00:00Z"))).toBe("pre");
    const postOpenedAt = at("2026-11-15T00:00:00Z");
    expect(prePostPhase({ postOpenedAt, closesAt }, at("2026-11-14T23:59:59Z"))).toBe("pre");
    expect(prePostPhase({ postOpenedAt, closesAt }, postOpenedAt)).toBe("post");
    expect(prePostPhase({ postOpenedAt, closesAt }, closesAt)).toBe("closed");
    expect(prePostPhase({ postOpenedAt: null, closesAt }, closesAt)).toBe("closed");
  });

  it("gives the first form in the pre-test and the other in the post-test", () => {
    expect([formFor("pre", "A"), formFor("post", "A"), formFor("pre", "B"), formFor("post", "B")]).toEqual([
      "A",
      "B",
      "B",
      "A",
    ]);
    expect(formFor("closed", "A")).toBeNull();
  });
});

describe("counterbalancing", () => {
  it("puts everyone on form A first when the forms are not swapped", () => {
    expect(assignFirstForm(false, { A: 5, B: 0 }, () => 0.9)).toBe("A");
  });

  it("fills the smaller half, and breaks ties at random", () => {
    expect(assignFirstForm(true, { A: 3, B: 2 })).toBe("B");
    expect(assignFirstForm(true, { A: 1, B: 2 })).toBe("A");
    expect(assignFirstForm(true, { A: 2, B: 2 }, () => 0.1)).toBe("A");
    expect(assignFirstForm(true, { A: 2, B: 2 }, () => 0.7)).toBe("B");
  });

  it("keeps the halves within one of each other as trainees arrive", () => {
    const counts = { A: 0, B: 0 };
    for (let i = 0; i < 25; i++) {
      counts[assignFirstForm(true, counts)] += 1;
      expect(Math.abs(counts.A - counts.B)).toBeLessThanOrEqual(1);
    }
  });
});
