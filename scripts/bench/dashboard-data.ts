import crypto from "node:crypto";
import Database from "better-sqlite3";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";

const id = () => crypto.randomUUID().replace(/-/g, "").slice(0, 25);
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

// A deterministic generator, so every run measures the same data.
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export interface DashboardDataShape {
  classes: number;
  traineesPerClass: number;
  scenarios: number;
  exercisesPerClass: number;
  scenariosPerExercise: number;
}

/** Classes of 100 trainees who each answered 10 exercises of 50 scenarios: 50,000 answers per class. */
export function shapeFor(answers: number): DashboardDataShape {
  return { ...FULL_SHAPE, classes: Math.max(1, Math.round(answers / 50_000)) };
}

export const FULL_SHAPE: DashboardDataShape = {
  classes: 20,
  traineesPerClass: 100,
  scenarios: 200,
  exercisesPerClass: 10,
  scenariosPerExercise: 50,
};
export const QUICK_SHAPE: DashboardDataShape = {
  classes: 4,
  traineesPerClass: 50,
  scenarios: 200,
  exercisesPerClass: 10,
  scenariosPerExercise: 50,
};

/**
 * Classes of trainees who answered every exercise: ability varies by trainee, difficulty by scenario, and
 * mistakes favour a neighbouring narrative, so the aggregates have realistic shape. Returns one class and
 * one of its trainees to time.
 */
export function seedDashboardData(
  file: string,
  shape: DashboardDataShape,
): { classId: string; userId: string; answers: number; classAnswers: number } {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const rand = random(42);
  const now = Date.now();
  const scenarioRows = Array.from({ length: shape.scenarios }, (_, i) => {
    const primary = NARRATIVE_CODES[i % 4]!;
    const correct = IMPLICATION_CODES[i % 8]!;
    const distractors = IMPLICATION_CODES.filter((c) => c !== correct).slice(0, 3);
    return { id: id(), slug: `bench-scenario-${i}`, primary, correct, distractors, difficulty: 1 + (i % 3) };
  });
  const insertScenario = db.prepare(
    `INSERT INTO "Scenario" ("id", "slug", "version", "isLatest", "title", "kind", "primaryNarrative", "correctImplication", "difficulty", "contentHash", "body", "createdAt") VALUES (?, ?, 1, 1, ?, 'composite', ?, ?, ?, ?, ?, ?)`,
  );
  const insertUser = db.prepare(
    `INSERT INTO "User" ("id", "email", "username", "displayName", "passwordHash", "role", "sessionVersion", "createdAt") VALUES (?, ?, ?, ?, 'x', ?, 0, ?)`,
  );
  const insertClass = db.prepare(
    `INSERT INTO "Class" ("id", "name", "educatorId", "joinCode", "joinCodeEnabled", "createdAt") VALUES (?, ?, ?, ?, 1, ?)`,
  );
  const insertMember = db.prepare(
    `INSERT INTO "ClassMember" ("id", "classId", "userId", "joinedAt") VALUES (?, ?, ?, ?)`,
  );
  const insertExercise = db.prepare(
    `INSERT INTO "Exercise" ("id", "classId", "title", "mode", "opensAt", "closesAt", "attemptsAllowed", "createdAt") VALUES (?, ?, ?, 'PRACTICE', ?, ?, 1, ?)`,
  );
  const insertExerciseScenario = db.prepare(
    `INSERT INTO "ExerciseScenario" ("exerciseId", "position", "scenarioId") VALUES (?, ?, ?)`,
  );
  const insertAttempt = db.prepare(
    `INSERT INTO "Attempt" ("id", "userId", "exerciseId", "size", "createdAt", "completedAt") VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertItem = db.prepare(
    `INSERT INTO "AttemptItem" ("id", "attemptId", "position", "scenarioId", "implicationOrder") VALUES (?, ?, ?, ?, ?)`,
  );
  const insertAnswer = db.prepare(
    `INSERT INTO "Answer" ("id", "itemId", "attemptId", "userId", "scenarioId", "exerciseId", "classId", "idempotencyKey", "primaryNarrative", "correctImplication", "chosenNarrative", "chosenImplication", "confidence", "narrativePoints", "implicationPoints", "points", "timeMs", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  let answers = 0;
  let classAnswers = 0;
  let firstClass = "";
  let firstTrainee = "";
  // One transaction for the scenarios, then one per class, so ten million answers never sit in one transaction.
  db.transaction(() => {
    for (const s of scenarioRows) {
      const body = {
        slug: s.slug,
        version: 1,
        title: `Bench scenario ${s.slug}`,
        kind: "composite",
        testimony: "A synthetic testimony for benchmarking.",
        speaker: "Composite: benchmark",
        source: { seed: "000_f9a30c9a0b9f7441.txt", publisher: "The Independent", date: "21 September 2015" },
        narratives: { primary: s.primary, accepted: [] },
        implications: { correct: s.correct, distractors: s.distractors },
        explanations: {
          narrative: "n",
          implication: "i",
          distractors: Object.fromEntries(s.distractors.map((d) => [d, "weaker"])),
        },
        difficulty: s.difficulty,
        ...(s.primary === "BRUTALITY" ? { contentNote: "Mentions violence." } : {}),
      };
      insertScenario.run(
        s.id,
        s.slug,
        body.title,
        s.primary,
        s.correct,
        s.difficulty,
        s.slug,
        JSON.stringify(body),
        iso(now),
      );
    }
  })();
  for (let c = 0; c < shape.classes; c++) {
    db.transaction(() => {
      const educatorId = id();
      insertUser.run(educatorId, `bench-educator-${c}@bench.local`, null, `Educator ${c}`, "EDUCATOR", iso(now));
      const classId = id();
      insertClass.run(classId, `Bench class ${c}`, educatorId, `BENCH${String(c).padStart(3, "0")}`, iso(now));
      if (c === 0) firstClass = classId;
      const trainees = Array.from({ length: shape.traineesPerClass }, (_, t) => {
        const userId = id();
        insertUser.run(userId, null, `bench-${c}-${t}`, `Trainee ${c}-${t}`, "TRAINEE", iso(now));
        insertMember.run(id(), classId, userId, iso(now));
        if (c === 0 && t === 0) firstTrainee = userId;
        return { userId, ability: 0.35 + rand() * 0.55 };
      });
      for (let e = 0; e < shape.exercisesPerClass; e++) {
        const exerciseId = id();
        const opens = now - (60 - e * 5) * 86_400_000;
        insertExercise.run(
          exerciseId,
          classId,
          `Exercise ${e + 1}`,
          iso(opens),
          iso(opens + 7 * 86_400_000),
          iso(opens),
        );
        const chosen = Array.from(
          { length: shape.scenariosPerExercise },
          (_, k) => scenarioRows[(e * 20 + k + c) % scenarioRows.length]!,
        );
        chosen.forEach((s, position) => insertExerciseScenario.run(exerciseId, position, s.id));
        for (const trainee of trainees) {
          const attemptId = id();
          const started = opens + Math.floor(rand() * 5 * 86_400_000);
          insertAttempt.run(
            attemptId,
            trainee.userId,
            exerciseId,
            chosen.length,
            iso(started),
            iso(started + 3_600_000),
          );
          chosen.forEach((s, position) => {
            const itemId = id();
            insertItem.run(itemId, attemptId, position, s.id, JSON.stringify([s.correct, ...s.distractors]));
            const p = trainee.ability - (s.difficulty - 2) * 0.1;
            const narrativeRight = rand() < p;
            const implicationRight = rand() < p - 0.05;
            const chosenNarrative = narrativeRight
              ? s.primary
              : NARRATIVE_CODES[(NARRATIVE_CODES.indexOf(s.primary) + 1 + Math.floor(rand() * 1.6)) % 4]!;
            const chosenImplication = implicationRight ? s.correct : s.distractors[Math.floor(rand() * 3)]!;
            const np = narrativeRight ? 1 : 0;
            const ip = implicationRight ? 1 : 0;
            const confidence =
              rand() < 0.8 ? Math.max(1, Math.min(5, Math.round(1 + trainee.ability * 4 + (rand() - 0.5) * 2))) : null;
            insertAnswer.run(
              id(),
              itemId,
              attemptId,
              trainee.userId,
              s.id,
              exerciseId,
              classId,
              id(),
              s.primary,
              s.correct,
              chosenNarrative,
              chosenImplication,
              confidence,
              np,
              ip,
              np + ip,
              Math.round(8000 + rand() * 40000),
              iso(started + position * 60_000),
            );
            answers++;
            if (c === 0) classAnswers++;
          });
        }
      }
    })();
  }
  db.pragma("synchronous = NORMAL");
  db.exec("ANALYZE");
  db.close();
  return { classId: firstClass, userId: firstTrainee, answers, classAnswers };
}
