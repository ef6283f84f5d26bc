import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import { queryRows } from "@/lib/db/raw-sql";
import { LIVE_PHASES, type LivePhase } from "@/lib/live/schema";
import type { LiveState } from "@/lib/live/state-machine";

// The live answer endpoint's one read, in plain portable SQL (quoted identifiers, bound parameters): the whole class
// submits within seconds of each other, so this is a hot path, as the practice answer endpoint is.

export interface LiveAnswerContext {
  classId: string;
  version: number;
  state: LiveState;
  classArchived: boolean;
  /** Whether the user is (still) a member of the session's class. */
  member: boolean;
  /** The user's place in the session; null until they join. */
  attemptId: string | null;
  /** The user's item for the scenario answered, when it is part of the session. */
  item: { id: string; position: number; implicationOrder: string; answerKey: string | null } | null;
}

interface Row {
  classId: string;
  version: number | bigint;
  phase: string;
  position: number | bigint;
  size: number | bigint;
  timerEndsAt: Date | string | null;
  timerRemainingMs: number | bigint | null;
  openedAt: Date | string | null;
  lastActivityAt: Date | string;
  endedAt: Date | string | null;
  archivedAt: Date | string | null;
  memberId: string | null;
  attemptId: string | null;
  itemId: string | null;
  itemPosition: number | bigint | null;
  implicationOrder: string | null;
  answerKey: string | null;
}

// Drivers return dates from raw statements as Date objects or as text (or epoch numbers); all mean the same instant.
function toDate(value: Date | string | number | null): Date | null {
  return value === null ? null : value instanceof Date ? value : new Date(value);
}

export async function findLiveAnswerContext(
  db: PrismaClient,
  userId: string,
  sessionId: string,
  scenarioId: string,
): Promise<LiveAnswerContext | null> {
  const rows = await queryRows<Row>(
    db,
    Prisma.sql`
    SELECT s."classId", s."version", s."phase", s."position", s."size", s."timerEndsAt", s."timerRemainingMs",
      s."openedAt", s."lastActivityAt", s."endedAt", c."archivedAt", m."id" AS "memberId", a."id" AS "attemptId",
      i."id" AS "itemId", i."position" AS "itemPosition", i."implicationOrder", an."idempotencyKey" AS "answerKey"
    FROM "LiveSession" s
    JOIN "Class" c ON c."id" = s."classId"
    LEFT JOIN "ClassMember" m ON m."classId" = s."classId" AND m."userId" = ${userId}
    LEFT JOIN "Attempt" a ON a."liveSessionId" = s."id" AND a."userId" = ${userId}
    LEFT JOIN "AttemptItem" i ON i."attemptId" = a."id" AND i."scenarioId" = ${scenarioId}
    LEFT JOIN "Answer" an ON an."itemId" = i."id"
    WHERE s."id" = ${sessionId}`,
  );
  const row = rows[0];
  if (!row) return null;
  if (!(LIVE_PHASES as readonly string[]).includes(row.phase))
    throw new Error(`Corrupt live session phase ${row.phase}`);
  return {
    classId: row.classId,
    version: Number(row.version),
    state: {
      phase: row.phase as LivePhase,
      position: Number(row.position),
      size: Number(row.size),
      timerEndsAt: toDate(row.timerEndsAt),
      timerRemainingMs: row.timerRemainingMs === null ? null : Number(row.timerRemainingMs),
      openedAt: toDate(row.openedAt),
      lastActivityAt: toDate(row.lastActivityAt)!,
      endedAt: toDate(row.endedAt),
    },
    classArchived: row.archivedAt !== null,
    member: row.memberId !== null,
    attemptId: row.attemptId,
    item:
      row.itemId !== null && row.implicationOrder !== null
        ? {
            id: row.itemId,
            position: Number(row.itemPosition),
            implicationOrder: row.implicationOrder,
            answerKey: row.answerKey,
          }
        : null,
  };
}
