import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { ScenarioVersionConflict, upsertScenarios } from "@/lib/scenarios/mutations";
import { fixtureBank } from "@/tests/support/factories";

describe("loading the scenario bank", () => {
  it("is idempotent by slug and version", async () => {
    const bank = fixtureBank();
    expect(await upsertScenarios(bank, prisma)).toMatchObject({ created: 16, unchanged: 0 });
    expect(await upsertScenarios(bank, prisma)).toMatchObject({ created: 0, unchanged: 16 });
    expect(await prisma.scenario.count()).toBe(16);
  });

  it("refuses an edit that kept its version", async () => {
    const bank = fixtureBank();
    const edited = bank.map((s, i) => (i === 0 ? { ...s, title: "Edited title" } : s));
    await expect(upsertScenarios(edited, prisma)).rejects.toBeInstanceOf(ScenarioVersionConflict);
  });

  it("adds a new version beside the old one, which keeps its answers", async () => {
    const bank = fixtureBank();
    const v2 = bank.map((s, i) => (i === 0 ? { ...s, version: 2, title: "Edited title" } : s));
    await upsertScenarios(v2, prisma);
    const versions = await prisma.scenario.findMany({ where: { slug: bank[0]!.slug }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.isLatest, v.title])).toEqual([
      [1, false, bank[0]!.title],
      [2, true, "Edited title"],
    ]);
  });

  it("retires scenarios removed from the bank", async () => {
    const report = await upsertScenarios(fixtureBank().slice(1), prisma, { retireMissing: true });
    expect(report.retired).toBe(1);
    expect(await prisma.scenario.count({ where: { isLatest: true } })).toBe(15);
  });
});
