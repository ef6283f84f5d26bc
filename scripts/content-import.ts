// npm run content:import -- FILE: validates a scenario-bank document and loads it; nothing changes on any error.
import fs from "node:fs";
import { parseBankDocument } from "@/lib/content/bank-document";
import { loadSeedTexts } from "@/lib/content/seed-texts";
import { loadSources } from "@/lib/content/sources";
import { prisma } from "@/lib/db/prisma";
import { upsertScenarios } from "@/lib/scenarios/mutations";
import { formatProblems } from "@/scripts/lib/content-report";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run content:import -- FILE");
  process.exit(2);
}

let raw: unknown;
try {
  raw = JSON.parse(fs.readFileSync(file, "utf8"));
} catch (error) {
  console.error(`Cannot read ${file} as JSON: ${(error as Error).message}`);
  process.exit(1);
}
const result = parseBankDocument(raw, { sources: loadSources(), seedTexts: loadSeedTexts() });
if (!result.ok) {
  console.error(`${file} was not imported; nothing changed:\n${formatProblems(result.problems)}`);
  process.exit(1);
}
try {
  const report = await upsertScenarios(result.scenarios, prisma);
  console.log(`Imported ${file}: ${report.created} added, ${report.unchanged} unchanged, ${report.retired} retired.`);
} catch (error) {
  console.error(`${file} was not imported; nothing changed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
