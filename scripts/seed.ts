// Idempotent: loads the scenario bank by slug and version, and syncs the demo accounts.
import { syncDemoAccounts } from "@/lib/accounts/demo-mutations";
import { demoPolicy } from "@/lib/accounts/demo-policy";
import { seedScenarioBank } from "@/lib/scenarios/mutations";
import { prisma } from "@/lib/db/prisma";
import { readEnv } from "@/lib/env";
import { formatProblems } from "@/scripts/lib/content-report";

export async function seed(): Promise<void> {
  const env = readEnv();
  const report = await seedScenarioBank(prisma);
  if (report.problems.length > 0) {
    console.warn(`Skipped invalid scenario files (run npm run content:check):\n${formatProblems(report.problems)}`);
  }
  console.log(`Scenarios: ${report.created} added, ${report.unchanged} unchanged, ${report.retired} retired.`);
  await syncDemoAccounts(demoPolicy(env), prisma);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed()
    .then(() => prisma.$disconnect())
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
