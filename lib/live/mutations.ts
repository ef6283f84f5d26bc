import "server-only";
import crypto from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { isUniqueViolation } from "@/lib/db/errors";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { expireIdleSessions } from "@/lib/live/control-mutations";
import { findMemberLiveSession } from "@/lib/live/data";
import { announceTally } from "@/lib/live/events";
import { liveIdleMs } from "@/lib/live/idle";
import { PIN_LENGTH } from "@/lib/live/schema";
import { ENDED_MESSAGE, settle } from "@/lib/live/state-machine";
import { newSeed, seededRandom } from "@/lib/random";
import { scenarioIdsRefusal } from "@/lib/exercises/mutations";
import { exclusionOf } from "@/lib/scenarios/filter";
import { implicationOptions } from "@/lib/scenarios/options";
import { parsedVersion } from "@/lib/scenarios/parsed-versions";

export type CreateLiveSessionResult =
  | { ok: true; sessionId: string }
  | { ok: false; reason: "archived" | "already-running"; error: string; sessionId?: string }
  | {
      ok: false;
      reason: "unknown-scenarios" | "excluded-scenarios" | "unknown-exercise";
      field: "scenarioIds" | "exerciseId";
      error: string;
    };

type Refusal = Extract<CreateLiveSessionResult, { field: string }>;

export interface LiveSessionSource {
  title: string;
  /** The scenarios of this exercise of the class, in its order and pinned versions. */
  exerciseId?: string;
  /** Otherwise these scenarios of the current bank, in this order. */
  scenarioIds: string[];
}

const randomPin = () => String(crypto.randomInt(0, 10 ** PIN_LENGTH)).padStart(PIN_LENGTH, "0");

/**
 * The scenario versions the session will show, or why not: an exercise of another class, a scenario outside the
 * current bank or an example, or one the class's content exclusions leave out (an exercise set before the exclusion
 * was made is checked again, as every draw for the class is).
 */
async function scenarioIdsFor(
  klass: OwnedClass,
  source: LiveSessionSource,
  db: PrismaClient,
): Promise<{ ok: true; ids: string[] } | Refusal> {
  if (!source.exerciseId) {
    if (source.scenarioIds.length === 0) {
      return { ok: false, reason: "unknown-scenarios", field: "scenarioIds", error: "Choose at least one scenario." };
    }
    const refusal = await scenarioIdsRefusal(klass, source.scenarioIds, db);
    return refusal ?? { ok: true, ids: source.scenarioIds };
  }
  const rows = await db.exerciseScenario.findMany({
    // A pre/post form is not offered: revealing its keys in class would spoil the post-test.
    where: { exerciseId: source.exerciseId, exercise: { classId: klass.id, prePostId: null } },
    orderBy: { position: "asc" },
    select: { scenario: { select: { id: true, body: true } } },
  });
  if (rows.length === 0) {
    return { ok: false, reason: "unknown-exercise", field: "exerciseId", error: "Choose an exercise of this class." };
  }
  const refused = rows.flatMap(({ scenario }) => {
    const parsed = parsedVersion(scenario.id, scenario.body);
    return exclusionOf(parsed, klass.excludedContentWarnings) ? [parsed.title] : [];
  });
  if (refused.length > 0) {
    return {
      ok: false,
      reason: "excluded-scenarios",
      field: "exerciseId",
      error: `This exercise has scenarios the class's content notes now leave out: ${refused.join("; ")}.`,
    };
  }
  return { ok: true, ids: rows.map(({ scenario }) => scenario.id) };
}

/**
 * Starts a live session on the educator's own active class, pinned to the chosen scenario versions, with a PIN no
 * running session holds. A class runs one live session at a time, so its trainees are never unsure which to join.
 */
export async function createLiveSession(
  klass: OwnedClass,
  source: LiveSessionSource,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
): Promise<CreateLiveSessionResult> {
  if (klass.archivedAt) return { ok: false, reason: "archived", error: "This class is archived: unarchive it first." };
  await expireIdleSessions(now, liveIdleMs(), db);
  const running = await db.liveSession.findFirst({
    where: { classId: klass.id, activePin: { not: null } },
    select: { id: true },
  });
  if (running) {
    return {
      ok: false,
      reason: "already-running",
      sessionId: running.id,
      error: "A live session of this class is still running: end it before starting another.",
    };
  }
  const chosen = await scenarioIdsFor(klass, source, db);
  if (!chosen.ok) return chosen;
  const scenarioIds = chosen.ids;
  // Six digits give a million PINs for a handful of running sessions: a clash is rare, and retried.
  for (let attempt = 0; ; attempt++) {
    const pin = randomPin();
    try {
      const session = await db.liveSession.create({
        data: {
          classId: klass.id,
          title: source.title,
          pin,
          activePin: pin,
          phase: "LOBBY",
          size: scenarioIds.length,
          lastActivityAt: now,
          createdAt: now,
          scenarios: { create: scenarioIds.map((scenarioId, position) => ({ scenarioId, position })) },
        },
        select: { id: true },
      });
      return { ok: true, sessionId: session.id };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 20) throw error;
    }
  }
}

export type JoinResult = { ok: true; attemptId: string } | { ok: false; reason: "not-found" | "ended"; error: string };

export const NO_SUCH_LIVE_SESSION = "No such live session in your classes.";

/**
 * Gives a member of the class their place in the session: one attempt with an item per scenario, each with the
 * implication options in this trainee's own shuffled order. Joining again (a second tab, a second click) returns the
 * same place.
 */
export async function joinLiveSession(
  userId: string,
  sessionId: string,
  now: Date = new Date(),
  db: PrismaClient = defaultClient,
  seed: number = newSeed(),
): Promise<JoinResult> {
  const session = await findMemberLiveSession(userId, sessionId, db);
  if (!session || session.classArchived) return { ok: false, reason: "not-found", error: NO_SUCH_LIVE_SESSION };
  if (session.participation) return { ok: true, attemptId: session.participation.attemptId };
  if (settle(session, now, liveIdleMs()).phase === "ENDED") return { ok: false, reason: "ended", error: ENDED_MESSAGE };

  const scenarios = await db.liveSessionScenario.findMany({
    where: { liveSessionId: sessionId },
    orderBy: { position: "asc" },
    select: { position: true, scenario: { select: { id: true, body: true } } },
  });
  const random = seededRandom(seed);
  try {
    const attempt = await db.attempt.create({
      data: {
        userId,
        liveSessionId: sessionId,
        size: scenarios.length,
        orderSeed: seed,
        createdAt: now,
        items: {
          create: scenarios.map(({ position, scenario }) => ({
            position,
            scenarioId: scenario.id,
            implicationOrder: JSON.stringify(implicationOptions(parsedVersion(scenario.id, scenario.body), random)),
          })),
        },
      },
      select: { id: true },
    });
    await announceTally(sessionId);
    return { ok: true, attemptId: attempt.id };
  } catch (error) {
    // Joined in another tab at the same moment: that place is this trainee's.
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.attempt.findFirstOrThrow({
      where: { liveSessionId: sessionId, userId },
      select: { id: true },
    });
    return { ok: true, attemptId: existing.id };
  }
}
