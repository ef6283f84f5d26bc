import { describe, expect, it } from "vitest";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import { drawScenarios, type DrawCandidate } from "@/lib/practice/draw";

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const pool: DrawCandidate[] = NARRATIVE_CODES.flatMap((narrative: NarrativeCode) =>
  Array.from({ length: 12 }, (_, i) => ({
    id: `${narrative}-${i}`,
    slug: `${narrative.toLowerCase()}-${i}`,
    primaryNarrative: narrative,
  })),
);

describe("drawScenarios", () => {
  it("draws the requested number of distinct scenarios covering every narrative", () => {
    for (let seed = 1; seed <= 25; seed++) {
      const drawn = drawScenarios(pool, { size: 10, lastAnsweredAt: new Map(), random: seeded(seed) });
      expect(drawn).toHaveLength(10);
      expect(new Set(drawn.map((c) => c.id)).size).toBe(10);
      expect(new Set(drawn.map((c) => c.primaryNarrative))).toEqual(new Set(NARRATIVE_CODES));
    }
  });

  it("covers every narrative even when one narrative dominates the pool", () => {
    const skewed = pool.filter((c) => c.primaryNarrative === "CORRUPTION" || c.id.endsWith("-0"));
    const lastAnsweredAt = new Map(
      skewed.filter((c) => c.primaryNarrative !== "CORRUPTION").map((c) => [c.slug, new Date()]),
    );
    const drawn = drawScenarios(skewed, { size: 5, lastAnsweredAt, random: seeded(7) });
    expect(new Set(drawn.map((c) => c.primaryNarrative)).size).toBe(4);
  });

  it("avoids recently answered scenarios while unanswered ones remain", () => {
    const answered = pool.filter((c) => Number(c.id.split("-")[1]) < 6);
    const lastAnsweredAt = new Map(answered.map((c, i) => [c.slug, new Date(2026, 0, 1, 0, i)]));
    const drawn = drawScenarios(pool, { size: 10, lastAnsweredAt, random: seeded(3) });
    expect(drawn.filter((c) => lastAnsweredAt.has(c.slug))).toEqual([]);
  });

  it("prefers the least recently answered when everything has been seen", () => {
    const lastAnsweredAt = new Map(pool.map((c, i) => [c.slug, new Date(2026, 0, 1, 0, i)]));
    const drawn = drawScenarios(pool, { size: 10, lastAnsweredAt, random: seeded(11) });
    // The oldest of each narrative, then the oldest left over (the pool lists INFIGHTING first).
    const expected = [
      "INFIGHTING-0",
      "BRUTALITY-0",
      "CORRUPTION-0",
      "DISAPPOINTMENT-0",
      ...[1, 2, 3, 4, 5, 6].map((i) => `INFIGHTING-${i}`),
    ];
    expect(drawn.map((c) => c.id).sort()).toEqual(expected.sort());
  });

  it("draws the whole pool when it is smaller than the session", () => {
    expect(drawScenarios(pool.slice(0, 3), { size: 10, lastAnsweredAt: new Map() })).toHaveLength(3);
  });
});
