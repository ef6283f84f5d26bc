// Times the dashboard aggregates through the app's Prisma data layer and as raw SQL, on the same database.
// Run with DATABASE_URL pointing at the benchmark database: node --conditions=react-server --import tsx …
import Database from "better-sqlite3";
import { findClassById } from "@/scripts/bench/bench-data";
import { classOverview, confusionAndImplications } from "@/lib/dashboards/data";
import { itemAnalysis } from "@/lib/dashboards/item-analysis-data";
import { traineeView } from "@/lib/dashboards/trainee-data";
import { upperLowerGroups } from "@/lib/dashboards/statistics";
import { databaseFile } from "@/lib/db/database-url";
import { prisma } from "@/lib/db/prisma";

const [classId, userId, runsArg] = process.argv.slice(2) as [string, string, string];
const runs = Number(runsArg);
const klass = await findClassById(classId);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(fn: () => unknown): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 2; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: Math.round(percentile(samples, 50) * 10) / 10, p95: Math.round(percentile(samples, 95) * 10) / 10 };
}

const db = new Database(databaseFile(), { readonly: true });
db.pragma("busy_timeout = 5000");
const q = (sql: string) => db.prepare(sql);
const raw = {
  overview: [
    q(
      `SELECT u."id", u."displayName" FROM "ClassMember" m JOIN "User" u ON u."id" = m."userId" WHERE m."classId" = ? ORDER BY m."joinedAt"`,
    ),
    q(
      `SELECT "userId", "primaryNarrative", SUM("narrativePoints") s, COUNT(*) n FROM "Answer" WHERE "classId" = ? GROUP BY "userId", "primaryNarrative"`,
    ),
    q(`SELECT "userId", SUM("points") s, COUNT(*) n FROM "Answer" WHERE "classId" = ? GROUP BY "userId"`),
    q(`SELECT SUM("points") s, COUNT(*) n FROM "Answer" WHERE "classId" = ?`),
    q(`SELECT COUNT(*) n FROM "Exercise" WHERE "classId" = ?`),
    q(
      `SELECT CASE WHEN "liveSessionId" IS NOT NULL THEN 'live' WHEN "exerciseId" IS NOT NULL THEN 'exercises' ELSE 'practice' END s, COUNT(*) n FROM "Answer" WHERE "classId" = ? GROUP BY 1`,
    ),
    q(
      `SELECT a."userId", a."exerciseId" FROM "Attempt" a JOIN "Exercise" e ON e."id" = a."exerciseId" WHERE e."classId" = ? AND a."completedAt" IS NOT NULL GROUP BY a."userId", a."exerciseId"`,
    ),
  ],
  confusion: [
    q(
      `SELECT "primaryNarrative", "chosenNarrative", COUNT(*) n FROM "Answer" WHERE "classId" = ? GROUP BY "primaryNarrative", "chosenNarrative"`,
    ),
    q(
      `SELECT "correctImplication", SUM("implicationPoints") s, COUNT(*) n FROM "Answer" WHERE "classId" = ? GROUP BY "correctImplication"`,
    ),
  ],
  trainee: [
    q(
      `SELECT u."id", u."displayName" FROM "ClassMember" m JOIN "User" u ON u."id" = m."userId" WHERE m."classId" = ? AND m."userId" = ?`,
    ),
    q(
      `SELECT a."id", a."createdAt", e."title" FROM "Attempt" a JOIN "Exercise" e ON e."id" = a."exerciseId" WHERE a."userId" = ? AND e."classId" = ? ORDER BY a."createdAt"`,
    ),
    q(
      `SELECT "attemptId", "primaryNarrative", SUM("narrativePoints"), SUM("points"), SUM("implicationPoints"), COUNT(*) FROM "Answer" WHERE "classId" = ? AND "userId" = ? GROUP BY "attemptId", "primaryNarrative"`,
    ),
    q(
      `SELECT "confidence", SUM("points"), COUNT(*) FROM "Answer" WHERE "classId" = ? AND "userId" = ? AND "confidence" IS NOT NULL GROUP BY "confidence"`,
    ),
  ],
  items: {
    items: q(
      `SELECT "scenarioId", SUM("points") s, COUNT(*) n FROM "Answer" WHERE "classId" = ? GROUP BY "scenarioId"`,
    ),
    totals: q(
      `SELECT "userId", SUM("points") s, COUNT(*) n FROM "Answer" WHERE "classId" = ? AND "userId" IS NOT NULL GROUP BY "userId"`,
    ),
    wrongNarrative: q(
      `SELECT "scenarioId", "chosenNarrative", COUNT(*) n FROM "Answer" WHERE "classId" = ? AND "narrativePoints" < 1 GROUP BY "scenarioId", "chosenNarrative"`,
    ),
    wrongImplication: q(
      `SELECT "scenarioId", "chosenImplication", COUNT(*) n FROM "Answer" WHERE "classId" = ? AND "implicationPoints" < 1 GROUP BY "scenarioId", "chosenImplication"`,
    ),
    medians: q(
      `SELECT "scenarioId", AVG("timeMs") m FROM (SELECT "scenarioId", "timeMs", ROW_NUMBER() OVER (PARTITION BY "scenarioId" ORDER BY "timeMs") rn, COUNT(*) OVER (PARTITION BY "scenarioId") n FROM "Answer" WHERE "classId" = ? AND "timeMs" IS NOT NULL) r WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY "scenarioId"`,
    ),
    group: q(
      `SELECT "scenarioId", SUM("points") s, COUNT(*) n FROM "Answer" WHERE "classId" = ? AND "userId" IN (SELECT value FROM json_each(?)) GROUP BY "scenarioId"`,
    ),
    scenarios: q(
      `SELECT "id", "slug", "version", "title", "primaryNarrative" FROM "Scenario" WHERE "id" IN (SELECT value FROM json_each(?))`,
    ),
  },
};

function rawItems() {
  const items = raw.items.items.all(classId) as { scenarioId: string }[];
  const totals = raw.items.totals.all(classId) as { userId: string; s: number; n: number }[];
  raw.items.wrongNarrative.all(classId);
  raw.items.wrongImplication.all(classId);
  raw.items.medians.all(classId);
  const groups = upperLowerGroups(totals.map((t) => ({ userId: t.userId, points: t.s, answers: t.n })));
  raw.items.group.all(classId, JSON.stringify(groups.upper));
  raw.items.group.all(classId, JSON.stringify(groups.lower));
  raw.items.scenarios.all(JSON.stringify(items.map((i) => i.scenarioId)));
}

const results = {
  prisma: {
    overview: await time(() => classOverview(klass, {})),
    confusion: await time(() => confusionAndImplications(klass, {})),
    trainee: await time(() => traineeView(klass, userId, {})),
    items: await time(() => itemAnalysis(klass, {})),
  },
  raw: {
    overview: await time(() => raw.overview.forEach((s) => s.all(classId))),
    confusion: await time(() => raw.confusion.forEach((s) => s.all(classId))),
    trainee: await time(() => {
      raw.trainee[0]!.all(classId, userId);
      raw.trainee[1]!.all(userId, classId);
      raw.trainee[2]!.all(classId, userId);
      raw.trainee[3]!.all(classId, userId);
    }),
    items: await time(rawItems),
  },
};
db.close();
await prisma.$disconnect();
process.stdout.write(JSON.stringify(results));
