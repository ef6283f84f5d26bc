import { describe, expect, it } from "vitest";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import {
  buildParallelForms,
  largestFormSize,
  mismatch,
  mismatchCost,
  narrativeQuotas,
  type BankItem,
} from "@/lib/prepost/form-builder";
import { matchReport, parallelFormsProblem } from "@/lib/prepost/match-report";
import { seededRandom } from "@/lib/random";

const KEYS = ["PLATFORM", "RESETTLE_PROTECT", "EXPOSE_UTOPIA", "NOT_SAINTS"] as const;

/** A random bank: `perNarrative` scenarios of each narrative, keys from the first `keys` implications. */
function randomBank(seed: number, perNarrative: readonly number[], keys = 3): BankItem[] {
  const random = seededRandom(seed);
  return NARRATIVE_CODES.flatMap((code, k) =>
    Array.from({ length: perNarrative[k]! }, (_, i) => ({
      id: `${code}-${i}`,
      primaryNarrative: code,
      correctImplication: KEYS[Math.floor(random() * keys)]!,
      difficulty: 1 + Math.floor(random() * 3),
    })),
  );
}

// Every way to fill two forms with `quota` scenarios of each narrative, tried one by one: the best cost the bank allows.
function bruteForceBest(pool: readonly BankItem[], quota: number): number {
  const options = NARRATIVE_CODES.map((code) => {
    const items = pool.filter((s) => s.primaryNarrative === code);
    const subsets = (from: BankItem[], size: number): BankItem[][] =>
      size === 0
        ? [[]]
        : from.flatMap((item, i) => subsets(from.slice(i + 1), size - 1).map((rest) => [item, ...rest]));
    return subsets(items, quota).flatMap((a) =>
      subsets(
        items.filter((s) => !a.includes(s)),
        quota,
      ).map((b) => [a, b] as const),
    );
  });
  let best = Infinity;
  const walk = (k: number, a: BankItem[], b: BankItem[]) => {
    if (k === options.length) {
      best = Math.min(best, mismatchCost(mismatch(a, b)));
      return;
    }
    for (const [oa, ob] of options[k]!) walk(k + 1, [...a, ...oa], [...b, ...ob]);
  };
  walk(0, [], []);
  return best;
}

function expectParallel(formA: readonly BankItem[], formB: readonly BankItem[], size: number) {
  expect(formA).toHaveLength(size);
  expect(formB).toHaveLength(size);
  expect(parallelFormsProblem(formA, formB)).toBeNull();
  const ids = new Set(formA.map((s) => s.id));
  expect(formB.filter((s) => ids.has(s.id))).toEqual([]);
}

describe("parallel forms", () => {
  it("never share a scenario and are balanced across the narratives, over 500 seeded draws", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const pool = randomBank(seed, [3 + (seed % 9), 4 + (seed % 5), 5 + (seed % 3), 6], 4);
      const size = 4 + (seed % (largestFormSize(pool) - 3));
      const built = buildParallelForms(pool, size, seededRandom(seed));
      if (!built.ok) throw new Error(`seed ${seed}: ${built.reason}`);
      expectParallel(built.formA, built.formB, size);
      const counts = matchReport(built.formA, built.formB).narratives.map((n) => n.a);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it("match keys and difficulty as closely as the bank allows: the best a full search finds, forms of 4", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const pool = randomBank(1000 + seed, [4, 3, 4, 3]);
      const built = buildParallelForms(pool, 4, seededRandom(seed));
      if (!built.ok) throw new Error(built.reason);
      expect(mismatchCost(built.mismatch), `seed ${seed}`).toBe(bruteForceBest(pool, 1));
    }
  });

  it("match keys and difficulty as closely as the bank allows: the best a full search finds, forms of 8", () => {
    for (let seed = 1; seed <= 6; seed++) {
      const pool = randomBank(2000 + seed, [5, 4, 5, 4]);
      const built = buildParallelForms(pool, 8, seededRandom(seed));
      if (!built.ok) throw new Error(built.reason);
      expect(mismatchCost(built.mismatch), `seed ${seed}`).toBe(bruteForceBest(pool, 2));
    }
  });

  it("match perfectly when the bank holds a twin for every scenario", () => {
    // Each narrative has pairs with the same key and difficulty, plus decoys that would spoil the match.
    const pool: BankItem[] = NARRATIVE_CODES.flatMap((code, k) => [
      ...[0, 1, 2, 3].map((i) => ({
        id: `${code}-t${i}`,
        primaryNarrative: code,
        correctImplication: KEYS[k]!,
        difficulty: 1 + (i >> 1),
      })),
      { id: `${code}-d`, primaryNarrative: code, correctImplication: KEYS[(k + 1) % 4]!, difficulty: 3 },
    ]);
    for (let seed = 1; seed <= 100; seed++) {
      const built = buildParallelForms(pool, 8, seededRandom(seed));
      if (!built.ok) throw new Error(built.reason);
      expect(built.mismatch).toEqual({ implications: 0, difficultyTotal: 0, difficultyLevels: 0 });
      const report = matchReport(built.formA, built.formB);
      expect(report.implicationsMatched).toBe(8);
      expect(report.meanDifficulty.a).toBe(report.meanDifficulty.b);
    }
  });

  it("draw different forms from different seeds", () => {
    const pool = randomBank(7, [10, 10, 10, 10]);
    const draws = new Set(
      Array.from({ length: 20 }, (_, seed) => {
        const built = buildParallelForms(pool, 8, seededRandom(seed));
        return built.ok
          ? built.formA
              .map((s) => s.id)
              .sort()
              .join()
          : "";
      }),
    );
    expect(draws.size).toBeGreaterThan(10);
  });

  it("say how large the bank allows when it is too small", () => {
    // Capacities (half of each narrative): 2, 2, 2, 1: forms of up to 7 (one narrative has a single scenario each).
    const pool = randomBank(3, [4, 5, 4, 3]);
    expect(largestFormSize(pool)).toBe(7);
    expect(buildParallelForms(pool, 8)).toEqual({ ok: false, reason: "bank-too-small", largest: 7 });
    expect(buildParallelForms(pool, 7, seededRandom(1)).ok).toBe(true);
    expect(buildParallelForms(randomBank(3, [4, 4, 4, 1]), 4)).toEqual({
      ok: false,
      reason: "bank-too-small",
      largest: 0,
    });
  });

  it("give the extra scenarios of an uneven size to narratives with room for them", () => {
    const pool = randomBank(5, [2, 4, 4, 4]);
    for (let seed = 0; seed < 20; seed++) {
      const quotas = narrativeQuotas(pool, 6, seededRandom(seed))!;
      expect(quotas.INFIGHTING).toBe(1);
      expect(Object.values(quotas).reduce((s, q) => s + q, 0)).toBe(6);
    }
    expect(narrativeQuotas(pool, 3)).toBeNull();
  });
});

describe("checking forms sent back by a browser", () => {
  const item = (id: string, primaryNarrative: NarrativeCode): BankItem => ({
    id,
    primaryNarrative,
    correctImplication: "PLATFORM",
    difficulty: 1,
  });
  const form = (prefix: string, codes: NarrativeCode[]) => codes.map((c, i) => item(`${prefix}${i}`, c));

  it("refuses overlap, unequal sizes, unequal narrative counts and unbalanced forms", () => {
    const a = form("a", [...NARRATIVE_CODES]);
    expect(parallelFormsProblem(a, form("b", [...NARRATIVE_CODES]))).toBeNull();
    expect(parallelFormsProblem(a, [...form("b", ["INFIGHTING", "BRUTALITY", "CORRUPTION"]), a[3]!])).toMatch(
      /both forms/,
    );
    expect(parallelFormsProblem(a, form("b", [...NARRATIVE_CODES, "BRUTALITY"]))).toMatch(/same number of scenarios\./);
    expect(parallelFormsProblem(a, form("b", ["INFIGHTING", "BRUTALITY", "CORRUPTION", "CORRUPTION"]))).toMatch(
      /of each narrative/,
    );
    const lopsided = form("x", ["INFIGHTING", "INFIGHTING", "INFIGHTING", "BRUTALITY", "CORRUPTION", "DISAPPOINTMENT"]);
    const twin = form("y", ["INFIGHTING", "INFIGHTING", "INFIGHTING", "BRUTALITY", "CORRUPTION", "DISAPPOINTMENT"]);
    expect(parallelFormsProblem(lopsided, twin)).toMatch(/balanced/);
    expect(parallelFormsProblem(form("a", ["INFIGHTING"]), form("b", ["INFIGHTING"]))).toMatch(/at least 4/);
  });
});
