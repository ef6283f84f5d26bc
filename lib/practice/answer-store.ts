import "server-only";
import crypto from "node:crypto";
import type { PrismaClient } from "@prisma/client";

// The answer endpoint's reads and writes in plain, portable SQL (quoted identifiers, bound parameters; valid
// on SQLite and PostgreSQL). Through Prisma's query builder the same work took several times the CPU, and
// this is the path a whole classroom hits at once (see docs/benchmarks.md).

export interface ItemForAnswer {
  id: string;
  scenarioId: string;
  implicationOrder: string;
  completedAt: Date | null;
  size: number;
  exercise: { id: string; classId: string; mode: string; opensAt: Date; closesAt: Date } | null;
  answer: {
    idempotencyKey: string;
    chosenNarrative: string;
    chosenImplication: string;
    narrativePoints: number;
    implicationPoints: number;
    points: number;
  } | null;
}

type Row = Record<string, unknown>;
const date = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

/** The item, only if it belongs to this attempt and the attempt to this user. */
export async function findItemForAnswer(db: PrismaClient, userId: string, attemptId: string, itemId: string): Promise<ItemForAnswer | null> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT i."id", i."scenarioId", i."implicationOrder", a."completedAt", a."size",
      e."id" AS "exerciseId", e."classId", e."mode", e."opensAt", e."closesAt",
      an."idempotencyKey", an."chosenNarrative", an."chosenImplication", an."narrativePoints", an."implicationPoints", an."points"
    FROM "AttemptItem" i
    JOIN "Attempt" a ON a."id" = i."attemptId"
    LEFT JOIN "Exercise" e ON e."id" = a."exerciseId"
    LEFT JOIN "Answer" an ON an."itemId" = i."id"
    WHERE i."id" = ${itemId} AND i."attemptId" = ${attemptId} AND a."userId" = ${userId}`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: String(row.id),
    scenarioId: String(row.scenarioId),
    implicationOrder: String(row.implicationOrder),
    completedAt: date(row.completedAt),
    size: Number(row.size),
    exercise: row.exerciseId
      ? { id: String(row.exerciseId), classId: String(row.classId), mode: String(row.mode), opensAt: date(row.opensAt)!, closesAt: date(row.closesAt)! }
      : null,
    answer: row.idempotencyKey
      ? {
          idempotencyKey: String(row.idempotencyKey),
          chosenNarrative: String(row.chosenNarrative),
          chosenImplication: String(row.chosenImplication),
          narrativePoints: Number(row.narrativePoints),
          implicationPoints: Number(row.implicationPoints),
          points: Number(row.points),
        }
      : null,
  };
}

export interface NewAnswer {
  itemId: string;
  attemptId: string;
  userId: string;
  scenarioId: string;
  exerciseId: string | null;
  classId: string | null;
  idempotencyKey: string;
  primaryNarrative: string;
  correctImplication: string;
  chosenNarrative: string;
  chosenImplication: string;
  confidence: number | null;
  narrativePoints: number;
  implicationPoints: number;
  points: number;
  timeMs: number | null;
  createdAt: Date;
}

/** Inserts the answer and returns how many answers its attempt now has, in one transaction. */
export async function insertAnswer(db: PrismaClient, a: NewAnswer): Promise<number> {
  const [, counted] = await db.$transaction([
    db.$executeRaw`
      INSERT INTO "Answer" ("id", "itemId", "attemptId", "userId", "scenarioId", "exerciseId", "classId", "idempotencyKey",
        "primaryNarrative", "correctImplication", "chosenNarrative", "chosenImplication", "confidence",
        "narrativePoints", "implicationPoints", "points", "timeMs", "createdAt")
      VALUES (${crypto.randomUUID()}, ${a.itemId}, ${a.attemptId}, ${a.userId}, ${a.scenarioId}, ${a.exerciseId}, ${a.classId}, ${a.idempotencyKey},
        ${a.primaryNarrative}, ${a.correctImplication}, ${a.chosenNarrative}, ${a.chosenImplication}, ${a.confidence},
        ${a.narrativePoints}, ${a.implicationPoints}, ${a.points}, ${a.timeMs}, ${a.createdAt})`,
    db.$queryRaw<{ answered: bigint | number }[]>`SELECT COUNT(*) AS "answered" FROM "Answer" WHERE "attemptId" = ${a.attemptId}`,
  ]);
  return Number(counted[0]?.answered ?? 0);
}

// A unique-constraint violation, however the driver reports it through a raw statement (both engines).
export { isUniqueViolation } from "@/lib/db/errors";
