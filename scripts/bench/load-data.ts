import crypto from "node:crypto";
import Database from "better-sqlite3";
import { hashPassword } from "@/lib/auth/password";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";

export const BENCH_PASSWORD = "bench-password-2026";

export interface AnswerTask {
  trainee: number;
  attemptId: string;
  itemId: string;
  scenarioId: string;
  narrative: string;
  implication: string;
}

export const sqliteNow = () => new Date().toISOString().replace("Z", "+00:00");
const id = () => crypto.randomUUID().replace(/-/g, "").slice(0, 25);

/**
 * Trainees with practice attempts large enough that every benchmark request answers a fresh item: the
 * realistic shape (one answer per item, idempotency per attempt), written straight through SQLite for speed.
 */
export async function seedAnswerLoad(file: string, trainees: number, itemsPerTrainee: number): Promise<AnswerTask[]> {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const scenarios = db.prepare(`SELECT "id", "body" FROM "Scenario" WHERE "isLatest" = 1`).all() as {
    id: string;
    body: string;
  }[];
  const options = scenarios.map((s) => {
    const body = JSON.parse(s.body) as { implications: { correct: string; distractors: string[] } };
    return { id: s.id, implications: [body.implications.correct, ...body.implications.distractors] };
  });
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const insertUser = db.prepare(
    `INSERT INTO "User" ("id", "email", "displayName", "passwordHash", "role", "sessionVersion", "createdAt") VALUES (?, ?, ?, ?, 'TRAINEE', 0, ?)`,
  );
  const insertAttempt = db.prepare(`INSERT INTO "Attempt" ("id", "userId", "size", "createdAt") VALUES (?, ?, ?, ?)`);
  const insertItem = db.prepare(
    `INSERT INTO "AttemptItem" ("id", "attemptId", "position", "scenarioId", "implicationOrder") VALUES (?, ?, ?, ?, ?)`,
  );
  const tasks: AnswerTask[] = [];
  db.transaction(() => {
    for (let t = 0; t < trainees; t++) {
      const userId = id();
      insertUser.run(userId, `bench-trainee-${t}@bench.local`, `Bench trainee ${t}`, passwordHash, sqliteNow());
      const attemptId = id();
      insertAttempt.run(attemptId, userId, itemsPerTrainee, sqliteNow());
      for (let position = 0; position < itemsPerTrainee; position++) {
        const scenario = options[(t * 7 + position) % options.length]!;
        const itemId = id();
        insertItem.run(itemId, attemptId, position, scenario.id, JSON.stringify(scenario.implications));
        tasks.push({
          trainee: t,
          attemptId,
          itemId,
          scenarioId: scenario.id,
          narrative: NARRATIVE_CODES[(t + position) % 4]!,
          implication: scenario.implications[position % 4]!,
        });
      }
    }
  })();
  db.close();
  // Interleave trainees so concurrent requests spread across attempts, as a classroom does.
  return tasks.sort((a, b) => a.itemId.localeCompare(b.itemId));
}

export function answerBody(task: AnswerTask, key: string = crypto.randomUUID()): string {
  return JSON.stringify({
    itemId: task.itemId,
    scenarioId: task.scenarioId,
    narrative: task.narrative,
    implication: task.implication,
    confidence: 1 + (task.trainee % 5),
    timeMs: 5000 + (task.trainee % 50) * 400,
    idempotencyKey: key,
  });
}
