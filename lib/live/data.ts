import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { isImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode } from "@/lib/domain/narratives";
import { liveIdleMs } from "@/lib/live/idle";
import { LIVE_PHASES, type LivePhase } from "@/lib/live/schema";
import type { LiveState } from "@/lib/live/state-machine";
import type { LiveChoice } from "@/lib/live/types";
import { parseImplicationOrder } from "@/lib/practice/item-order";

// Reads of live sessions. Every function names whose view it serves (the class's educator, a member of the class) and
// checks it in the WHERE clause, so a caller cannot be handed someone else's session.

const STATE_FIELDS = {
  id: true,
  classId: true,
  title: true,
  pin: true,
  activePin: true,
  phase: true,
  position: true,
  size: true,
  version: true,
  timerEndsAt: true,
  timerRemainingMs: true,
  openedAt: true,
  lastActivityAt: true,
  endedAt: true,
  createdAt: true,
} as const;

export interface LiveRow extends LiveState {
  id: string;
  classId: string;
  title: string;
  pin: string;
  activePin: string | null;
  version: number;
  createdAt: Date;
}

type RawRow = Omit<LiveRow, "phase"> & { phase: string };

function toRow(raw: RawRow): LiveRow {
  if (!(LIVE_PHASES as readonly string[]).includes(raw.phase))
    throw new Error(`Corrupt live session phase ${raw.phase}`);
  return { ...raw, phase: raw.phase as LivePhase };
}

/** The session's state, for code that has already established who may see it. */
export async function findLiveRow(sessionId: string, db: PrismaClient = defaultClient): Promise<LiveRow | null> {
  const row = await db.liveSession.findUnique({ where: { id: sessionId }, select: STATE_FIELDS });
  return row ? toRow(row) : null;
}

/** The session, when this educator runs its class. */
export async function findOwnedLiveSession(educatorId: string, sessionId: string, db: PrismaClient = defaultClient) {
  const row = await db.liveSession.findFirst({
    where: { id: sessionId, class: { educatorId } },
    select: { ...STATE_FIELDS, class: { select: { name: true } } },
  });
  return row ? { ...toRow(row), className: row.class.name } : null;
}

/** The session, when this user is a member of its class, with their place in it (null until they join). */
export async function findMemberLiveSession(userId: string, sessionId: string, db: PrismaClient = defaultClient) {
  const row = await db.liveSession.findFirst({
    where: { id: sessionId, class: { members: { some: { userId } } } },
    select: {
      ...STATE_FIELDS,
      class: { select: { name: true, archivedAt: true } },
      attempts: {
        where: { userId },
        select: {
          id: true,
          items: {
            orderBy: { position: "asc" },
            select: {
              scenarioId: true,
              implicationOrder: true,
              answer: { select: { chosenNarrative: true, chosenImplication: true, confidence: true } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const attempt = row.attempts[0];
  return {
    ...toRow(row),
    className: row.class.name,
    classArchived: row.class.archivedAt !== null,
    participation: attempt
      ? {
          attemptId: attempt.id,
          items: attempt.items.map((item) => ({
            scenarioId: item.scenarioId,
            implicationOrder: parseImplicationOrder(item.implicationOrder),
            answer: item.answer ? storedChoice(item.answer) : null,
          })),
        }
      : null,
  };
}
export type MemberLiveSession = NonNullable<Awaited<ReturnType<typeof findMemberLiveSession>>>;

function storedChoice(answer: {
  chosenNarrative: string;
  chosenImplication: string;
  confidence: number | null;
}): LiveChoice {
  if (!isNarrativeCode(answer.chosenNarrative) || !isImplicationCode(answer.chosenImplication)) {
    throw new Error("Corrupt stored answer");
  }
  return { narrative: answer.chosenNarrative, implication: answer.chosenImplication, confidence: answer.confidence };
}

/** The running session with this PIN, whatever its class (the caller checks membership). */
export function findRunningByPin(pin: string, db: PrismaClient = defaultClient) {
  return db.liveSession.findUnique({
    where: { activePin: pin },
    select: { id: true, classId: true, lastActivityAt: true },
  });
}

/** A session of the user's classes that ran with this PIN and has ended, to say so rather than "unknown PIN". */
export function findEndedByPin(pin: string, userId: string, since: Date, db: PrismaClient = defaultClient) {
  return db.liveSession.findFirst({
    where: { pin, activePin: null, endedAt: { gte: since }, class: { members: { some: { userId } } } },
    select: { id: true },
  });
}

/** Running sessions of the trainee's active classes, newest first (those idle for `idleMs` count as ended). */
export async function listRunningForTrainee(
  userId: string,
  idleMs: number = liveIdleMs(),
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
) {
  const rows = await db.liveSession.findMany({
    where: {
      activePin: { not: null },
      lastActivityAt: { gt: new Date(now.getTime() - idleMs) },
      class: { archivedAt: null, members: { some: { userId } } },
    },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      class: { select: { name: true } },
      attempts: { where: { userId }, select: { id: true } },
    },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, className: r.class.name, joined: r.attempts.length > 0 }));
}

/**
 * Every live session of the class, newest first: the class page lists them (the running one first, to get back to its
 * screens) and the dashboard filters by them. A session idle for `idleMs` counts as ended even before it is settled.
 */
export async function listLiveSessionsForClass(
  klass: OwnedClass,
  idleMs: number = liveIdleMs(),
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
) {
  const rows = await db.liveSession.findMany({
    where: { classId: klass.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      activePin: true,
      size: true,
      createdAt: true,
      lastActivityAt: true,
      _count: { select: { attempts: true } },
    },
  });
  return rows.map(({ activePin, lastActivityAt, _count, ...session }) => {
    const running = activePin !== null && now.getTime() - lastActivityAt.getTime() < idleMs;
    return { ...session, running, pin: running ? activePin : null, joined: _count.attempts };
  });
}

/**
 * The exercises whose scenarios a live session may take: not the forms of a pre/post assessment, whose keys must stay
 * unseen until the post-test.
 */
export function listExerciseSetsForClass(klass: OwnedClass, db: PrismaClient = defaultClient) {
  return db.exercise.findMany({
    where: { classId: klass.id, prePostId: null },
    orderBy: { opensAt: "desc" },
    select: { id: true, title: true, _count: { select: { scenarios: true } } },
  });
}

/** Sessions still marked running whose educator has done nothing since `cutoff`. */
export async function findIdleSessionIds(cutoff: Date, db: PrismaClient = defaultClient): Promise<string[]> {
  const rows = await db.liveSession.findMany({
    where: { activePin: { not: null }, lastActivityAt: { lte: cutoff } },
    select: { id: true },
    take: 500,
  });
  return rows.map((r) => r.id);
}
