import crypto from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
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

const id = () => crypto.randomUUID().replace(/-/g, "").slice(0, 25);

interface ScenarioOptions {
  id: string;
  implications: string[];
}

interface LoadRows {
  users: unknown[][];
  attempts: unknown[][];
  items: unknown[][];
  tasks: AnswerTask[];
}

function optionsOf(rows: { id: string; body: string }[]): ScenarioOptions[] {
  return rows
    .map((s) => ({
      id: s.id,
      body: JSON.parse(s.body) as { purpose?: string; implications: { correct: string; distractors: string[] } },
    }))
    .filter((s) => s.body.purpose !== "example")
    .map((s) => ({ id: s.id, implications: [s.body.implications.correct, ...s.body.implications.distractors] }));
}

/**
 * Trainees with practice attempts large enough that every benchmark request answers a fresh item: the realistic shape
 * (one answer per item, idempotency per attempt).
 */
function answerLoadRows(scenarios: ScenarioOptions[], trainees: number, itemsPerTrainee: number, passwordHash: string) {
  const now = new Date();
  const rows: LoadRows = { users: [], attempts: [], items: [], tasks: [] };
  for (let t = 0; t < trainees; t++) {
    const userId = id();
    rows.users.push([userId, `bench-trainee-${t}@bench.local`, `Bench trainee ${t}`, passwordHash, now]);
    const attemptId = id();
    rows.attempts.push([attemptId, userId, itemsPerTrainee, now]);
    for (let position = 0; position < itemsPerTrainee; position++) {
      const scenario = scenarios[(t * 7 + position) % scenarios.length]!;
      const itemId = id();
      rows.items.push([itemId, attemptId, position, scenario.id, JSON.stringify(scenario.implications)]);
      rows.tasks.push({
        trainee: t,
        attemptId,
        itemId,
        scenarioId: scenario.id,
        narrative: NARRATIVE_CODES[(t + position) % 4]!,
        implication: scenario.implications[position % 4]!,
      });
    }
  }
  // Interleave trainees so concurrent requests spread across attempts, as a classroom does.
  rows.tasks.sort((a, b) => a.itemId.localeCompare(b.itemId));
  return rows;
}

const INSERT_USER = `INSERT INTO "User" ("id", "email", "displayName", "passwordHash", "createdAt")`;
const INSERT_ATTEMPT = `INSERT INTO "Attempt" ("id", "userId", "size", "createdAt")`;
const INSERT_ITEM = `INSERT INTO "AttemptItem" ("id", "attemptId", "position", "scenarioId", "implicationOrder")`;

/** Seeds the answer load into a SQLite file, straight through better-sqlite3 for speed. */
export async function seedAnswerLoad(file: string, trainees: number, itemsPerTrainee: number): Promise<AnswerTask[]> {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const scenarios = optionsOf(db.prepare(`SELECT "id", "body" FROM "Scenario" WHERE "isLatest" = 1`).all() as never);
  const rows = answerLoadRows(scenarios, trainees, itemsPerTrainee, await hashPassword(BENCH_PASSWORD));
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : v);
  const insert = (sql: string, width: number, data: unknown[][]) => {
    const statement = db.prepare(`${sql} VALUES (${Array(width).fill("?").join(", ")})`);
    for (const row of data) statement.run(...row.map(iso));
  };
  db.transaction(() => {
    insert(INSERT_USER, 5, rows.users);
    insert(INSERT_ATTEMPT, 4, rows.attempts);
    insert(INSERT_ITEM, 5, rows.items);
  })();
  db.close();
  return rows.tasks;
}

/** Seeds the same answer load into a PostgreSQL database, in batched multi-row inserts. */
export async function seedAnswerLoadPostgres(url: string, trainees: number, itemsPerTrainee: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const latest = await client.query<{ id: string; body: string }>(
      `SELECT "id", "body" FROM "Scenario" WHERE "isLatest" = true`,
    );
    const rows = answerLoadRows(optionsOf(latest.rows), trainees, itemsPerTrainee, await hashPassword(BENCH_PASSWORD));
    const insert = async (sql: string, width: number, data: unknown[][]) => {
      for (let start = 0; start < data.length; start += 1000) {
        const batch = data.slice(start, start + 1000);
        const values = batch.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`)})`);
        await client.query(`${sql} VALUES ${values.join(", ")}`, batch.flat());
      }
    };
    await client.query("BEGIN");
    await insert(INSERT_USER, 5, rows.users);
    await insert(INSERT_ATTEMPT, 4, rows.attempts);
    await insert(INSERT_ITEM, 5, rows.items);
    await client.query("COMMIT");
    return rows.tasks;
  } finally {
    await client.end();
  }
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
