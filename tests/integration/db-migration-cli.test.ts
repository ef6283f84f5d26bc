import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onSqlite } from "@/tests/support/test-database";

const exec = promisify(execFile);

// `npm run db:migration -- <name>` in a scratch copy of the project's schema tooling, as a git repository with
// the current schema committed. It needs no database, so it runs once per `npm test` (in the SQLite run).
describe.runIf(onSqlite)("npm run db:migration", () => {
  let root = "";
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "dn-db-migration-"));
    for (const file of [
      "package.json",
      "tsconfig.json",
      "prisma.config.ts",
      "prisma/schema.prisma",
      "prisma/postgres/schema.prisma",
      "lib/env.ts",
      "lib/db/database-url.ts",
      "lib/db/sqlite-adapter.ts",
      "lib/db/sqlite-connection.ts",
      "lib/db/statement-cache.ts",
      "scripts/db-migration.ts",
      "scripts/db/migration-diff.ts",
      "scripts/db/postgres-schema.ts",
      "scripts/db/postgres-migrations.ts",
      "scripts/lib/run.ts",
    ]) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.copyFileSync(file, path.join(root, file));
    }
    fs.symlinkSync(path.resolve("node_modules"), path.join(root, "node_modules"));
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore" });
    git("init", "-q");
    git("add", ".");
    git("-c", "user.name=test", "-c", "user.email=test@example.org", "commit", "-qm", "schema");
  });

  const migrate = (name: string) =>
    exec("node", ["--import", "tsx", "scripts/db-migration.ts", name, "--skip-generate"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "" },
    });
  const written = (dir: string) =>
    fs.existsSync(path.join(root, dir)) ? fs.readdirSync(path.join(root, dir)).filter((n) => /^\d{14}_/.test(n)) : [];

  it("writes nothing while the schema matches the committed one", async () => {
    const { stdout } = await migrate("nothing");
    expect(stdout).toContain("no migration written");
    expect(written("prisma/migrations")).toEqual([]);
  }, 60_000);

  it("writes the same change for both engines, each in its own SQL, and updates the derived schema", async () => {
    const schema = path.join(root, "prisma", "schema.prisma");
    fs.writeFileSync(schema, fs.readFileSync(schema, "utf8").replace(/^(model User \{\n)/m, "$1  seenAt DateTime?\n"));
    const { stdout } = await migrate("add_seen_at");
    const [sqlite] = written("prisma/migrations");
    const [postgres] = written("prisma/postgres/migrations");
    expect(sqlite).toMatch(/^\d{14}_add_seen_at$/);
    expect(postgres).toBe(sqlite);
    expect(stdout).toContain(`prisma/migrations/${sqlite}/migration.sql`);
    const read = (dir: string) => fs.readFileSync(path.join(root, dir, sqlite!, "migration.sql"), "utf8");
    expect(read("prisma/migrations")).toContain(`ALTER TABLE "User" ADD COLUMN "seenAt" DATETIME;`);
    expect(read("prisma/postgres/migrations")).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"seenAt" TIMESTAMPTZ\(3\);/);
    expect(fs.readFileSync(path.join(root, "prisma", "postgres", "schema.prisma"), "utf8")).toContain(
      "seenAt DateTime? @db.Timestamptz(3)",
    );
  }, 60_000);
});
