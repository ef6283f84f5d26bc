import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { findAttemptForUser, lastAnsweredBySlug } from "@/lib/practice/data";
import { createAttempt } from "@/lib/practice/mutations";
import { seedScenarioBank } from "@/lib/scenarios/mutations";
import { answerFor, createUser } from "@/tests/support/factories";

describe("practice over the real bank", () => {
  it("reaches every practice scenario in the bank as the trainee keeps practising, and never an example", async () => {
    const report = await seedScenarioBank(prisma);
    expect(report.problems).toEqual([]);
    const latest = await prisma.scenario.findMany({ where: { isLatest: true }, select: { slug: true, body: true } });
    const isExample = (s: { body: string }) => (JSON.parse(s.body) as { purpose?: string }).purpose === "example";
    const bank = latest.filter((s) => !isExample(s));
    expect(latest.filter(isExample)).toHaveLength(8);
    const user = await createUser(prisma);
    const seen = new Set<string>();
    const sessions = Math.ceil(bank.length / 10) + 1;
    for (let i = 0; i < sessions; i++) {
      const { id } = await createAttempt({
        userId: user.id,
        size: 10,
        lastAnsweredAt: await lastAnsweredBySlug(user.id),
      });
      const attempt = (await findAttemptForUser(id, user.id))!;
      expect(new Set(attempt.items.map((item) => item.scenario.narratives.primary)).size).toBe(4);
      for (const item of attempt.items) {
        seen.add(item.scenario.slug);
        expect(await recordAnswer(user.id, id, answerFor(item))).toMatchObject({ ok: true });
      }
    }
    expect([...seen].sort()).toEqual(bank.map((s) => s.slug).sort());
  });
});
