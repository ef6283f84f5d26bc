import { beforeAll, describe, expect, it } from "vitest";
import { findOwnedClass } from "@/lib/classes/data";
import { setContentExclusions } from "@/lib/classes/mutations";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma } from "@/lib/db/prisma";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { buildParallelForms, largestFormSize } from "@/lib/prepost/form-builder";
import { matchReport, parallelFormsProblem } from "@/lib/prepost/match-report";
import { createPrePost } from "@/lib/prepost/mutations";
import { seededRandom } from "@/lib/random";
import { scenarioChoicesForClass } from "@/lib/scenarios/data";
import { seedScenarioBank, upsertScenarios } from "@/lib/scenarios/mutations";
import type { ScenarioChoice } from "@/lib/scenarios/types";
import { educatorWithClass } from "@/tests/support/factories";
import { withKey } from "@/tests/support/scenario-fixture";

// The form builder over the scenario bank as the database holds it (the shipped bank, plus fixture scenarios that
// carry content warnings), through the same choices the educator's page offers, many draws each.
let open: OwnedClass;
let excluding: OwnedClass;

beforeAll(async () => {
  await seedScenarioBank(prisma);
  await upsertScenarios(
    Array.from({ length: 16 }, (_, i) => ({
      ...withKey(NARRATIVE_CODES[i % 4]!, IMPLICATION_CODES[i % 8]!, i),
      contentWarnings: i < 8 ? ["executions" as const] : [],
    })),
    prisma,
  );
  open = (await educatorWithClass(prisma, "Open")).klass;
  const made = await educatorWithClass(prisma, "Excluding");
  await setContentExclusions(made.educator.id, made.klass.id, ["executions"]);
  excluding = (await findOwnedClass(made.educator.id, made.klass.id))!;
});

function checkDraws(
  choices: ScenarioChoice[],
  draws: number,
  onDraw?: (a: ScenarioChoice[], b: ScenarioChoice[]) => void,
) {
  const largest = largestFormSize(choices);
  expect(largest).toBeGreaterThanOrEqual(8);
  for (let seed = 1; seed <= draws; seed++) {
    const size = 4 + (seed % (Math.min(largest, 20) - 3));
    const built = buildParallelForms(choices, size, seededRandom(seed));
    if (!built.ok) throw new Error(`seed ${seed}: ${built.reason}`);
    const { formA, formB } = built;
    expect(formA).toHaveLength(size);
    expect(parallelFormsProblem(formA, formB), `seed ${seed}`).toBeNull();
    const inA = new Set(formA.map((s) => s.id));
    expect(formB.some((s) => inA.has(s.id))).toBe(false);
    const counts = matchReport(formA, formB).narratives;
    expect(counts.every((c) => c.a === c.b)).toBe(true);
    expect(Math.max(...counts.map((c) => c.a)) - Math.min(...counts.map((c) => c.a))).toBeLessThanOrEqual(1);
    onDraw?.(formA, formB);
  }
}

describe("parallel forms from the bank in the database", () => {
  it("never overlap and are balanced across the narratives, over 200 draws", async () => {
    const { offered } = await scenarioChoicesForClass(open);
    checkDraws(offered, 200);
  });

  it("never hold a scenario the class excludes, over 200 draws", async () => {
    const { offered, excluded } = await scenarioChoicesForClass(excluding);
    const left = new Set(excluded.map((e) => e.choice.id));
    // The eight fixture scenarios that warn of executions, and any of the shipped bank's that do.
    expect(left.size).toBeGreaterThanOrEqual(8);
    expect(excluded.every((e) => e.warnings.includes("executions"))).toBe(true);
    checkDraws(offered, 200, (a, b) => expect([...a, ...b].some((s) => left.has(s.id))).toBe(false));
  });

  it("are accepted by the server as built", async () => {
    const { offered } = await scenarioChoicesForClass(excluding);
    for (let seed = 1; seed <= 10; seed++) {
      const built = buildParallelForms(offered, 8, seededRandom(seed));
      if (!built.ok) throw new Error(built.reason);
      const created = await createPrePost(excluding, {
        title: `Draw ${seed}`,
        formA: built.formA.map((s) => s.id),
        formB: built.formB.map((s) => s.id),
        counterbalanced: true,
        closesAt: new Date(Date.now() + 3_600_000),
      });
      expect(created, `seed ${seed}`).toMatchObject({ ok: true });
    }
  });
});
