import type { PrismaClient } from "@prisma/client";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { findAttemptForUser } from "@/lib/practice/data";
import { answerFor } from "@/tests/support/factories";

/** What a trainee gets on one scenario: both parts right (2 points), the narrative only (1), or nothing (0). */
export type Outcome = "both" | "narrative" | "none";

/** Two parallel forms from the fixture bank: one scenario of each narrative in each, no scenario in both. */
export async function fixtureForms(db: PrismaClient, perNarrative = 1) {
  const latest = await db.scenario.findMany({ where: { isLatest: true }, orderBy: { slug: "asc" } });
  const pick = (offset: number) =>
    NARRATIVE_CODES.flatMap((code) =>
      latest
        .filter((s) => s.primaryNarrative === code)
        .slice(offset * perNarrative, (offset + 1) * perNarrative)
        .map((s) => s.id),
    );
  return { formA: pick(0), formB: pick(1) };
}

/** Answers every unanswered scenario of an attempt with the given outcome (and confidence rating). */
export async function answerAll(
  userId: string,
  attemptId: string,
  outcome: Outcome | ((index: number) => Outcome),
  confidence: number | null = null,
) {
  const attempt = (await findAttemptForUser(attemptId, userId))!;
  let index = 0;
  for (const item of attempt.items.filter((i) => !i.answer)) {
    const wanted = typeof outcome === "function" ? outcome(index++) : outcome;
    const { primary, accepted } = item.scenario.narratives;
    const wrong = NARRATIVE_CODES.find((c) => c !== primary && !accepted.includes(c))!;
    const result = await recordAnswer(
      userId,
      attemptId,
      answerFor(item, {
        narrative: wanted === "none" ? wrong : primary,
        implication:
          wanted === "both" ? item.scenario.implications.correct : item.scenario.implications.distractors[0]!,
        confidence,
      }),
    );
    if (!result.ok) throw new Error(result.message);
  }
}
