import "server-only";
import { Prisma, type PrismaClient } from "@prisma/client";
import type { OwnedClass } from "@/lib/classes/types";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { queryRows } from "@/lib/db/raw-sql";
import { ANSWER_SOURCES, type AnswerSource, type DashboardFilters } from "@/lib/dashboards/filters";

/** The answers a view counts, once for Prisma queries and once for the raw statements (medians). */
export interface AnswerScope {
  where: Prisma.AnswerWhereInput;
  sql: Prisma.Sql;
}

interface Term {
  where: Prisma.AnswerWhereInput;
  sql: Prisma.Sql;
}

export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/**
 * The sources a view includes: an exercise (or live session) filter means that exercise's (session's) answers; no
 * source means every source.
 */
export function scopedSources(filters: DashboardFilters): readonly AnswerSource[] {
  if (filters.exercise) return ["exercises"];
  if (filters.liveSession) return ["live"];
  return filters.source ? [filters.source] : ANSWER_SOURCES;
}

type TermsOf = (
  klass: OwnedClass,
  filters: DashboardFilters,
  userId: string | undefined,
  db: PrismaClient,
) => Promise<Term[]>;

/**
 * How each source finds a class's answers: the one place a source is scoped (its name and label are in
 * lib/dashboards/filters.ts). Each returns terms of an OR, each using an index (classId; userId and createdAt).
 * Exercise and live-session answers carry the class; free-practice answers carry none, so they belong to a class
 * through membership: a member's answers from the moment they joined, never before, and never once they have left.
 */
const SOURCE_TERMS: Record<AnswerSource, TermsOf> = {
  exercises: async (klass, filters) => [
    {
      where: { classId: klass.id, exerciseId: filters.exercise ?? { not: null } },
      sql: filters.exercise
        ? Prisma.sql`("classId" = ${klass.id} AND "exerciseId" = ${filters.exercise})`
        : Prisma.sql`("classId" = ${klass.id} AND "exerciseId" IS NOT NULL)`,
    },
  ],
  live: async (klass, filters) => [
    {
      where: { classId: klass.id, liveSessionId: filters.liveSession ?? { not: null } },
      sql: filters.liveSession
        ? Prisma.sql`("classId" = ${klass.id} AND "liveSessionId" = ${filters.liveSession})`
        : Prisma.sql`("classId" = ${klass.id} AND "liveSessionId" IS NOT NULL)`,
    },
  ],
  practice: async (klass, _filters, userId, db) => {
    const members = await db.classMember.findMany({
      where: { classId: klass.id, ...(userId ? { userId } : {}) },
      select: { userId: true, joinedAt: true },
    });
    // Only members who have practised get a term: every term of the OR is one more index search in every aggregate,
    // and in most classes few trainees practise freely.
    const practising = await db.answer.groupBy({
      by: ["userId"],
      where: { classId: null, exerciseId: null, userId: { in: members.map((m) => m.userId) } },
    });
    const practised = new Set(practising.map((p) => p.userId));
    return members
      .filter((m) => practised.has(m.userId))
      .map((m) => ({
        where: { classId: null, exerciseId: null, userId: m.userId, createdAt: { gte: m.joinedAt } },
        sql: Prisma.sql`("classId" IS NULL AND "exerciseId" IS NULL AND "userId" = ${m.userId} AND "createdAt" >= ${m.joinedAt})`,
      }));
  },
};

/** The answers of a class within the filters (and of one member, when given), from the sources the filters name. */
export async function answerScope(
  klass: OwnedClass,
  filters: DashboardFilters,
  userId?: string,
  db: PrismaClient = defaultClient,
): Promise<AnswerScope> {
  let sources = scopedSources(filters);
  const classTerms: Term[] = [];
  // Exercise and live answers together are every answer that carries the class: one index search, not two.
  if (sources.includes("exercises") && sources.includes("live") && !filters.exercise && !filters.liveSession) {
    classTerms.push({ where: { classId: klass.id }, sql: Prisma.sql`"classId" = ${klass.id}` });
    sources = sources.filter((source) => source !== "exercises" && source !== "live");
  }
  const terms = [
    ...classTerms,
    ...(await Promise.all(sources.map((source) => SOURCE_TERMS[source](klass, filters, userId, db)))).flat(),
  ];
  const from = filters.from ? dayStart(filters.from) : undefined;
  const before = filters.to ? new Date(dayStart(filters.to).getTime() + 86_400_000) : undefined;

  // An empty OR would match every answer in Prisma: with no term (a class nobody has joined), match none.
  const where: Prisma.AnswerWhereInput = {
    AND: [
      terms.length > 0 ? { OR: terms.map((t) => t.where) } : { id: { in: [] } },
      ...(userId ? [{ userId }] : []),
      ...(from || before ? [{ createdAt: { ...(from ? { gte: from } : {}), ...(before ? { lt: before } : {}) } }] : []),
    ],
  };
  const conditions = [
    terms.length > 0
      ? Prisma.sql`(${Prisma.join(
          terms.map((t) => t.sql),
          " OR ",
        )})`
      : Prisma.sql`1 = 0`,
  ];
  if (userId) conditions.push(Prisma.sql`"userId" = ${userId}`);
  if (from) conditions.push(Prisma.sql`"createdAt" >= ${from}`);
  if (before) conditions.push(Prisma.sql`"createdAt" < ${before}`);
  return { where, sql: Prisma.join(conditions, " AND ") };
}

/**
 * How many answers of the class each source holds within the filters' dates (whatever else they select), so an
 * educator sees free practice even while filtering it out. One pass; the CASE is answerSourceOf's rule.
 */
export async function answersBySource(
  klass: OwnedClass,
  filters: DashboardFilters,
  db: PrismaClient = defaultClient,
): Promise<Record<AnswerSource, number>> {
  const scope = await answerScope(klass, { from: filters.from, to: filters.to }, undefined, db);
  const rows = await queryRows<{ source: string; answers: number | bigint }>(
    db,
    Prisma.sql`
    SELECT CASE WHEN "liveSessionId" IS NOT NULL THEN 'live' WHEN "exerciseId" IS NOT NULL THEN 'exercises'
      ELSE 'practice' END AS "source", COUNT(*) AS "answers"
    FROM "Answer" WHERE ${scope.sql}
    GROUP BY CASE WHEN "liveSessionId" IS NOT NULL THEN 'live' WHEN "exerciseId" IS NOT NULL THEN 'exercises'
      ELSE 'practice' END`,
  );
  const counts = Object.fromEntries(ANSWER_SOURCES.map((source) => [source, 0])) as Record<AnswerSource, number>;
  for (const row of rows) if (row.source in counts) counts[row.source as AnswerSource] = Number(row.answers);
  return counts;
}
