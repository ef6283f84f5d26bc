import "server-only";
import type { PrismaClient } from "@prisma/client";
import { scenarioContentHash } from "@/lib/content/content-hash";
import { loadScenarioFiles, type ContentProblem } from "@/lib/content/content-files";
import type { Scenario } from "@/lib/content/scenario-schema";
import { prisma as defaultClient } from "@/lib/db/prisma";

export class ScenarioVersionConflict extends Error {}

export interface UpsertReport {
  created: number;
  unchanged: number;
  retired: number;
}

/**
 * Loads a bank by slug and version: new versions are added, identical ones left alone, and the
 * highest version of each slug in the bank becomes the one practice draws. With retireMissing, slugs
 * absent from the bank stop being drawn (their answers keep them). A changed scenario that
 * kept its version is refused, because answers were scored against the stored text.
 */
export async function upsertScenarios(
  scenarios: readonly Scenario[],
  db: PrismaClient = defaultClient,
  options: { retireMissing?: boolean } = {},
): Promise<UpsertReport> {
  const report: UpsertReport = { created: 0, unchanged: 0, retired: 0 };
  const existing = await db.scenario.findMany({ select: { slug: true, version: true, contentHash: true } });
  const stored = new Map(existing.map((s) => [`${s.slug}@${s.version}`, s.contentHash]));

  const conflicts = scenarios.filter((s) => {
    const hash = stored.get(`${s.slug}@${s.version}`);
    return hash !== undefined && hash !== scenarioContentHash(s);
  });
  if (conflicts.length > 0) {
    const names = conflicts.map((s) => `${s.slug} version ${s.version}`).join(", ");
    throw new ScenarioVersionConflict(`Changed without a new version (raise "version" to publish an edit): ${names}`);
  }

  const latest = new Map<string, number>();
  for (const s of scenarios) latest.set(s.slug, Math.max(latest.get(s.slug) ?? 0, s.version));

  await db.$transaction(async (tx) => {
    for (const s of scenarios) {
      if (stored.has(`${s.slug}@${s.version}`)) {
        report.unchanged += 1;
        continue;
      }
      await tx.scenario.create({
        data: {
          slug: s.slug,
          version: s.version,
          isLatest: false,
          title: s.title,
          kind: s.kind,
          primaryNarrative: s.narratives.primary,
          correctImplication: s.implications.correct,
          difficulty: s.difficulty,
          contentHash: scenarioContentHash(s),
          body: JSON.stringify(s),
        },
      });
      report.created += 1;
    }
    if (options.retireMissing) {
      const retired = await tx.scenario.updateMany({
        where: { isLatest: true, slug: { notIn: [...latest.keys()] } },
        data: { isLatest: false },
      });
      report.retired = retired.count;
    }
    for (const [slug, version] of latest) {
      await tx.scenario.updateMany({ where: { slug, version: { not: version } }, data: { isLatest: false } });
      await tx.scenario.updateMany({ where: { slug, version }, data: { isLatest: true } });
    }
  });
  return report;
}

/** Loads the scenario files into the database; invalid files are reported and never loaded. */
export async function seedScenarioBank(
  db: PrismaClient = defaultClient,
  dir?: string,
): Promise<UpsertReport & { problems: ContentProblem[] }> {
  const { scenarios, problems } = loadScenarioFiles(dir);
  // The files are the bank: a scenario removed from them is retired.
  const report = await upsertScenarios(
    scenarios.map((s) => s.scenario),
    db,
    { retireMissing: true },
  );
  return { ...report, problems };
}
