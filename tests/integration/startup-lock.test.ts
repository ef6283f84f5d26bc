import { describe, expect, it } from "vitest";
import { DEMO_CLASS_NAME } from "@/lib/accounts/demo-mutations";
import { prisma } from "@/lib/db/prisma";
import { migratePostgres } from "@/scripts/db/postgres-migrations";
import { withStartupLock } from "@/scripts/db/startup-lock";
import { seed } from "@/scripts/seed";
import { onPostgres } from "@/tests/support/test-database";

// What `npm start` does before serving, by three instances at once against one PostgreSQL database.
describe.runIf(onPostgres)("instances starting together", () => {
  it("migrate and seed one after another: one demo class, each scenario version once", async () => {
    const url = process.env.DATABASE_URL!;
    const start = () =>
      withStartupLock(url, async () => {
        await migratePostgres(url);
        await seed();
      });
    await Promise.all([start(), start(), start()]);
    expect(await prisma.class.count({ where: { name: DEMO_CLASS_NAME } })).toBe(1);
    expect(await prisma.user.count({ where: { email: { endsWith: "@demo.local" } } })).toBe(3);
    const scenarios = await prisma.scenario.findMany({ select: { slug: true, version: true } });
    expect(scenarios.length).toBeGreaterThan(10);
    expect(new Set(scenarios.map((s) => `${s.slug}@${s.version}`)).size).toBe(scenarios.length);
  }, 60_000);
});
