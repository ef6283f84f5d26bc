import { beforeAll, describe, expect, it } from "vitest";
import type { OwnedClass } from "@/lib/classes/types";
import { classOverview, confusionAndImplications } from "@/lib/dashboards/data";
import { summaryCsv } from "@/lib/dashboards/export-data";
import { itemAnalysis } from "@/lib/dashboards/item-analysis-data";
import { traineeView } from "@/lib/dashboards/trainee-data";
import { prisma } from "@/lib/db/prisma";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import { createExercise } from "@/lib/exercises/mutations";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { findAttemptForUser } from "@/lib/practice/data";
import { startExerciseAttempt } from "@/lib/practice/mutations";
import { answerFor, createUser, educatorWithClass, seedFixtureBank, traineeIn } from "@/tests/support/factories";

// Hand-computed fixture: four trainees, three scenarios, points per answer as below.
//            S1    S2    S3   total  mean
//   A         2     2     0     4    1.33   (upper 27% = A)
//   B         1     1     1     3    1.00
//   C         0     0     2     2    0.67
//   D         0     0     1     1    0.33   (lower 27% = D)
// Facility: S1 3/8, S2 3/8, S3 4/8. Discrimination: S1 1-0 = 1, S2 1-0 = 1, S3 0-0.5 = -0.5 (flagged).
const POINTS: Record<string, [number, number, number]> = { A: [2, 2, 0], B: [1, 1, 1], C: [0, 0, 2], D: [0, 0, 1] };
const TIMES: Record<string, [number, number, number | null]> = {
  A: [1000, 5000, 100],
  B: [2000, 1000, 200],
  C: [3000, 3000, 300],
  D: [4000, 7000, null],
};
const CONFIDENCE: Record<string, [number, number, number]> = { A: [5, 5, 1], B: [3, 3, 3], C: [2, 2, 4], D: [1, 1, 1] };

let klass: OwnedClass;
let exerciseId: string;
let scenarioIds: string[];
let primaries: NarrativeCode[];
const users: Record<string, string> = {};

beforeAll(async () => {
  await seedFixtureBank(prisma);
  ({ klass } = await educatorWithClass(prisma, "Statistics"));
  const latest = await prisma.scenario.findMany({ where: { isLatest: true }, orderBy: { slug: "asc" } });
  // Three scenarios with three different narratives.
  const picked = NARRATIVE_CODES.slice(0, 3).map((code) => latest.find((s) => s.primaryNarrative === code)!);
  scenarioIds = picked.map((s) => s.id);
  primaries = picked.map((s) => s.primaryNarrative as NarrativeCode);
  const created = await createExercise(klass, {
    title: "Fixture exercise",
    scenarioIds,
    mode: "PRACTICE",
    opensAt: new Date(Date.now() - 3_600_000),
    closesAt: new Date(Date.now() + 3_600_000),
    attemptsAllowed: 1,
  });
  if (!created.ok) throw new Error(created.error);
  exerciseId = created.exerciseId;

  for (const name of Object.keys(POINTS)) {
    const userId = await traineeIn(klass, `Trainee ${name}`);
    users[name] = userId;
    const started = await startExerciseAttempt(userId, exerciseId);
    if (!started.ok) throw new Error(started.error);
    const attempt = (await findAttemptForUser(started.attemptId, userId))!;
    // Attempts shuffle their questions: find each scenario's column in the fixture by its id, not its position.
    for (const item of attempt.items) {
      const index = scenarioIds.indexOf(item.scenarioId);
      const points = POINTS[name]![index]!;
      const { primary } = item.scenario.narratives;
      const wrongNarrative = NARRATIVE_CODES.find((c) => c !== primary)!;
      const result = await recordAnswer(
        userId,
        attempt.id,
        answerFor(item, {
          narrative: points >= 1 ? primary : wrongNarrative,
          implication: points === 2 ? item.scenario.implications.correct : item.scenario.implications.distractors[0]!,
          confidence: CONFIDENCE[name]![index]!,
          timeMs: TIMES[name]![index]!,
        }),
      );
      if (!result.ok) throw new Error(result.message);
    }
  }
});

describe("class dashboards over a hand-computed fixture", () => {
  it("overview: completion, mean score, the mastery grid and the weakest narrative", async () => {
    const overview = await classOverview(klass, {});
    expect(overview.completion).toEqual({ completed: 4, possible: 4, rate: 1 });
    expect(overview.meanScore).toBeCloseTo(10 / 24);
    const a = overview.trainees.find((t) => t.displayName === "Trainee A")!;
    expect(a.narratives[primaries[0]!]).toEqual({ earned: 1, answers: 1, accuracy: 1 });
    expect(a.narratives[primaries[2]!].accuracy).toBe(0);
    expect(a.narratives[NARRATIVE_CODES[3]!].accuracy).toBeNull();
    // Narrative accuracy: S1 and S2 at 0.5, S3 at 0.75: two share the lowest, so neither is named the weakest.
    expect(overview.weakest).toBeNull();
  });

  it("confusion matrix and implication accuracy", async () => {
    const { matrix, implicationAccuracy } = await confusionAndImplications(klass, {});
    const s1 = primaries[0]!;
    const wrong = NARRATIVE_CODES.find((c) => c !== s1)!;
    expect(matrix[s1][s1]).toBe(2);
    expect(matrix[s1][wrong]).toBe(2);
    expect(implicationAccuracy.map((r) => r.accuracy)).toEqual([0.25, 0.25, 0.25]);
  });

  it("item analysis: facility, discrimination with the negative item flagged, common mistakes and median time", async () => {
    const items = await itemAnalysis(klass, {});
    const byScenario = new Map(items.map((i) => [i.scenarioId, i]));
    const [s1, s2, s3] = scenarioIds.map((id) => byScenario.get(id)!);
    expect([s1!.facility, s2!.facility, s3!.facility]).toEqual([0.375, 0.375, 0.5]);
    expect([s1!.discrimination, s2!.discrimination, s3!.discrimination]).toEqual([1, 1, -0.5]);
    expect([s1!.negative, s3!.negative]).toEqual([false, true]);
    expect(s1!.commonWrongNarrative).toEqual({ value: NARRATIVE_CODES.find((c) => c !== primaries[0])!, count: 2 });
    expect([s1!.medianTimeMs, s2!.medianTimeMs, s3!.medianTimeMs]).toEqual([2500, 4000, 200]);
  });

  it("per-trainee view: history and calibration", async () => {
    const view = await traineeView(klass, users.A!, {});
    expect(view!.history).toHaveLength(1);
    expect(view!.history[0]!.score).toBeCloseTo(4 / 6);
    expect(view!.calibration).toEqual([
      { confidence: 1, answers: 1, accuracy: 0 },
      { confidence: 5, answers: 2, accuracy: 1 },
    ]);
    const stranger = await createUser(prisma);
    expect(await traineeView(klass, stranger.id, {})).toBeNull();
  });

  it("filters by exercise and date range", async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await classOverview(klass, { from: tomorrow })).answers).toBe(0);
    expect((await itemAnalysis(klass, { from: tomorrow })).length).toBe(0);
    expect((await classOverview(klass, { exercise: "another" })).answers).toBe(0);
    expect((await classOverview(klass, { exercise: exerciseId })).answers).toBe(12);
    const today = new Date().toISOString().slice(0, 10);
    const todays = await itemAnalysis(klass, { from: today, to: today });
    expect(todays.map((i) => i.medianTimeMs).sort((a, b) => a! - b!)).toEqual([200, 2500, 4000]);
  });

  it("summary CSV: one row per trainee with answers, mean score and accuracy per narrative", async () => {
    const csv = await summaryCsv(klass, {});
    // Every cell is quoted; none of these holds a quote or a comma.
    const [header, ...rows] = csv
      .slice(1)
      .trimEnd()
      .split("\r\n")
      .map((line) => line.slice(1, -1).split('","'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(header!.join(",")).toBe(
      "trainee,username,answers,mean_score,infighting_accuracy,brutality_accuracy,corruption_accuracy,disappointment_accuracy",
    );
    // Trainee A scored 2, 2 and 0 of 2 on S1–S3 (narratives right on S1 and S2 only); D scored 0, 0 and 1.
    const cells = (name: string) => rows.find((r) => r[0] === `Trainee ${name}`)!;
    const accuracy = (name: string, narrative: NarrativeCode) => cells(name)[4 + NARRATIVE_CODES.indexOf(narrative)];
    expect(cells("A")[1]).toMatch(/^[a-z]+-[a-z]+-\d{3}$/);
    expect(cells("A").slice(2, 4)).toEqual(["3", "0.667"]);
    expect(cells("D").slice(2, 4)).toEqual(["3", "0.167"]);
    expect([accuracy("A", primaries[0]!), accuracy("A", primaries[2]!)]).toEqual(["1.000", "0.000"]);
    expect(accuracy("A", NARRATIVE_CODES[3]!)).toBe("");
    expect(rows).toHaveLength(4);
  });
});
