import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { queryRows } from "@/lib/db/raw-sql";

// The answer endpoint's read, in plain portable SQL (quoted identifiers, bound parameters; valid on SQLite and
// PostgreSQL). Through Prisma's query builder the same work took several times the CPU, and this is the path a whole
// classroom hits at once (see docs/performance.md).

export interface ItemForAnswer {
  id: string;
  scenarioId: string;
  implicationOrder: string;
  completedAt: Date | null;
  size: number;
  /** Set when the item is a trainee's place in a live session: answered there, never through practice. */
  liveSessionId: string | null;
  exercise: {
    id: string;
    classId: string;
    mode: string;
    opensAt: Date;
    closesAt: Date;
    /** Whether the trainee is still a member of the exercise's class, and the class still active. */
    member: boolean;
    classArchived: boolean;
    /** When this attempt is a pre-test: the moment its post-test opened, which closed it. */
    preTestClosedAt: Date | null;
  } | null;
  answer: StoredAnswer | null;
}

export interface StoredAnswer {
  idempotencyKey: string;
  chosenNarrative: string;
  chosenImplication: string;
  narrativePoints: number;
  implicationPoints: number;
  points: number;
}

interface ItemRow {
  id: string;
  scenarioId: string;
  implicationOrder: string;
  completedAt: Date | string | null;
  size: number | bigint;
  liveSessionId: string | null;
  exerciseId: string | null;
  classId: string | null;
  mode: string | null;
  opensAt: Date | string | null;
  closesAt: Date | string | null;
  memberId: string | null;
  archivedAt: Date | string | null;
  prePostForm: string | null;
  firstForm: string | null;
  postOpenedAt: Date | string | null;
  idempotencyKey: string | null;
  chosenNarrative: string | null;
  chosenImplication: string | null;
  narrativePoints: number | null;
  implicationPoints: number | null;
  points: number | null;
}

// Drivers return dates from raw statements as Date objects or as text; both mean the same instant.
function toDate(value: Date | string | null): Date | null {
  return value === null ? null : value instanceof Date ? value : new Date(value);
}

/** The item, only if it belongs to this attempt and the attempt to this user. */
export async function findItemForAnswer(
  db: PrismaClient,
  userId: string,
  attemptId: string,
  itemId: string,
): Promise<ItemForAnswer | null> {
  const rows = await queryRows<ItemRow>(
    db,
    Prisma.sql`
    SELECT i."id", i."scenarioId", i."implicationOrder", a."completedAt", a."size", a."liveSessionId",
      e."id" AS "exerciseId", e."classId", e."mode", e."opensAt", e."closesAt",
      m."id" AS "memberId", c."archivedAt",
      e."prePostForm", o."firstForm", p."postOpenedAt",
      an."idempotencyKey", an."chosenNarrative", an."chosenImplication",
      an."narrativePoints", an."implicationPoints", an."points"
    FROM "AttemptItem" i
    JOIN "Attempt" a ON a."id" = i."attemptId"
    LEFT JOIN "Exercise" e ON e."id" = a."exerciseId"
    LEFT JOIN "Class" c ON c."id" = e."classId"
    LEFT JOIN "ClassMember" m ON m."classId" = e."classId" AND m."userId" = a."userId"
    LEFT JOIN "PrePostAssessment" p ON p."id" = e."prePostId"
    LEFT JOIN "PrePostOrder" o ON o."prePostId" = e."prePostId" AND o."userId" = a."userId"
    LEFT JOIN "Answer" an ON an."itemId" = i."id"
    WHERE i."id" = ${itemId} AND i."attemptId" = ${attemptId} AND a."userId" = ${userId}`,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    scenarioId: row.scenarioId,
    implicationOrder: row.implicationOrder,
    completedAt: toDate(row.completedAt),
    size: Number(row.size),
    liveSessionId: row.liveSessionId,
    exercise:
      row.exerciseId && row.classId && row.mode
        ? {
            id: row.exerciseId,
            classId: row.classId,
            mode: row.mode,
            opensAt: toDate(row.opensAt)!,
            closesAt: toDate(row.closesAt)!,
            member: row.memberId !== null,
            classArchived: row.archivedAt !== null,
            preTestClosedAt:
              row.prePostForm !== null && row.prePostForm === row.firstForm ? toDate(row.postOpenedAt) : null,
          }
        : null,
    answer:
      row.idempotencyKey !== null
        ? {
            idempotencyKey: row.idempotencyKey,
            chosenNarrative: String(row.chosenNarrative),
            chosenImplication: String(row.chosenImplication),
            narrativePoints: Number(row.narrativePoints),
            implicationPoints: Number(row.implicationPoints),
            points: Number(row.points),
          }
        : null,
  };
}

/** Whether this user has an attempt with this id at all: tells "no such session" from "no such question". */
export async function ownsAttempt(db: PrismaClient, userId: string, attemptId: string): Promise<boolean> {
  return (await db.attempt.count({ where: { id: attemptId, userId } })) > 0;
}

export async function isAttemptComplete(db: PrismaClient, attemptId: string): Promise<boolean> {
  const attempt = await db.attempt.findUnique({ where: { id: attemptId }, select: { completedAt: true } });
  return attempt?.completedAt != null;
}
