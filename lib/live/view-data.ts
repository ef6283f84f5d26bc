import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { Scenario } from "@/lib/content/scenario-schema";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { findLiveRow, type LiveRow } from "@/lib/live/data";
import { scenarioVersion } from "@/lib/scenarios/data";

// The one read behind every event: what all screens of a session show, read once per change per server process and
// never once per connected client. Its cost grows with the class only through small grouped counts and the roster.

export interface LiveViewData {
  row: LiveRow;
  className: string;
  /** Scenario versions by position, parsed (cached per process: a version never changes). */
  scenarios: { id: string; scenario: Scenario }[];
  joined: number;
  /** Answers to the scenario on screen. */
  answered: number;
  /** Counts of the choices made for the scenario on screen, once answers have closed. */
  choices: { narratives: Map<string, number>; implications: Map<string, number> } | null;
  /** Per true narrative over the whole session, once it has ended. */
  totals: { narrative: string; answers: number; narrativePoints: number; implicationPoints: number }[] | null;
  roster: { name: string; joined: boolean; answered: boolean }[];
}

const SHOWS_CHOICES = new Set(["CLOSED", "REVEALED"]);

export async function readLiveView(sessionId: string, db: PrismaClient = defaultClient): Promise<LiveViewData | null> {
  const row = await findLiveRow(sessionId, db);
  if (!row) return null;
  const [klass, positions, participants] = await Promise.all([
    db.class.findUniqueOrThrow({ where: { id: row.classId }, select: { name: true } }),
    db.liveSessionScenario.findMany({
      where: { liveSessionId: sessionId },
      orderBy: { position: "asc" },
      select: { scenarioId: true },
    }),
    db.attempt.findMany({ where: { liveSessionId: sessionId }, select: { userId: true } }),
  ]);
  const scenarios = await Promise.all(
    positions.map(async ({ scenarioId }) => ({ id: scenarioId, scenario: await scenarioVersion(scenarioId, db) })),
  );
  const current = row.position >= 0 ? scenarios[row.position] : undefined;
  const onScreen = current ? { liveSessionId: sessionId, scenarioId: current.id } : null;

  const [answeredBy, members, narratives, implications, totals] = await Promise.all([
    onScreen ? db.answer.findMany({ where: onScreen, select: { userId: true } }) : Promise.resolve([]),
    db.classMember.findMany({
      where: { classId: row.classId },
      select: { userId: true, user: { select: { displayName: true } } },
      orderBy: { user: { displayName: "asc" } },
    }),
    onScreen && SHOWS_CHOICES.has(row.phase)
      ? db.answer.groupBy({ by: ["chosenNarrative"], where: onScreen, _count: { _all: true } })
      : Promise.resolve(null),
    onScreen && SHOWS_CHOICES.has(row.phase)
      ? db.answer.groupBy({ by: ["chosenImplication"], where: onScreen, _count: { _all: true } })
      : Promise.resolve(null),
    row.phase === "ENDED"
      ? db.answer.groupBy({
          by: ["primaryNarrative"],
          where: { liveSessionId: sessionId },
          _count: { _all: true },
          _sum: { narrativePoints: true, implicationPoints: true },
        })
      : Promise.resolve(null),
  ]);

  const joinedIds = new Set(participants.map((p) => p.userId));
  const answeredIds = new Set(answeredBy.map((a) => a.userId));
  return {
    row,
    className: klass.name,
    scenarios,
    joined: participants.length,
    answered: answeredBy.length,
    choices:
      narratives && implications
        ? {
            narratives: new Map(narratives.map((n) => [n.chosenNarrative, n._count._all])),
            implications: new Map(implications.map((i) => [i.chosenImplication, i._count._all])),
          }
        : null,
    totals:
      totals?.map((t) => ({
        narrative: t.primaryNarrative,
        answers: t._count._all,
        narrativePoints: t._sum.narrativePoints ?? 0,
        implicationPoints: t._sum.implicationPoints ?? 0,
      })) ?? null,
    roster: members.map((m) => ({
      name: m.user.displayName,
      joined: joinedIds.has(m.userId),
      answered: answeredIds.has(m.userId),
    })),
  };
}
