// npm run content:export -- --out FILE: writes the bank in the database as one scenario-bank document.
import fs from "node:fs";
import { toBankDocument } from "@/lib/content/bank-document";
import { prisma } from "@/lib/db/prisma";
import { listLatestScenarios } from "@/lib/scenarios/data";

const outIndex = process.argv.indexOf("--out");
const out = outIndex > -1 ? process.argv[outIndex + 1] : undefined;
if (!out) {
  console.error("Usage: npm run content:export -- --out FILE");
  process.exit(2);
}

const scenarios = (await listLatestScenarios()).map((row) => row.scenario);
if (scenarios.length === 0) {
  console.error("The database holds no scenarios. Run npm start or npm run seed first.");
  process.exit(1);
}
fs.writeFileSync(out, `${JSON.stringify(toBankDocument(scenarios), null, 2)}\n`);
console.log(`Wrote ${scenarios.length} scenarios to ${out}.`);
await prisma.$disconnect();
