import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migratePostgres } from "@/scripts/db/postgres-migrations";
import { emptyDatabase, onPostgres, onServer } from "@/tests/support/test-database";

// scripts/db/postgres-migrations.ts on small migrations of its own, each test in an empty database.
describe.runIf(onPostgres)("the PostgreSQL migration runner", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  function migrations(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dn-migrations-"));
    dirs.push(dir);
    write(dir, files);
    return dir;
  }
  function write(dir: string, files: Record<string, string>) {
    for (const [name, sql] of Object.entries(files)) {
      fs.mkdirSync(path.join(dir, name), { recursive: true });
      fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
    }
  }
  const history = (url: string) =>
    onServer(url, async (c) => (await c.query(`SELECT * FROM "_prisma_migrations" ORDER BY "migration_name"`)).rows);
  const tables = (url: string) =>
    onServer(url, async (c) =>
      (
        await c.query<{ t: string }>(
          `SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`,
        )
      ).rows.map((r) => r.t),
    );

  const first = {
    "001_pets": `CREATE TABLE "Pet" ("id" TEXT PRIMARY KEY);`,
    "002_names": `ALTER TABLE "Pet" ADD COLUMN "name" TEXT;`,
  };

  it("applies every migration in name order, records each as Prisma does, and nothing the second time", async () => {
    const url = await emptyDatabase();
    const dir = migrations({ "002_names": first["002_names"], "001_pets": first["001_pets"] });
    expect(await migratePostgres(url, { dir })).toEqual(["001_pets", "002_names"]);
    const rows = await history(url);
    expect(
      rows.map((r) => [
        r.migration_name,
        r.checksum,
        r.applied_steps_count,
        r.finished_at instanceof Date,
        r.rolled_back_at,
      ]),
    ).toEqual([
      ["001_pets", crypto.createHash("sha256").update(first["001_pets"]).digest("hex"), 1, true, null],
      ["002_names", crypto.createHash("sha256").update(first["002_names"]).digest("hex"), 1, true, null],
    ]);
    expect(await migratePostgres(url, { dir })).toEqual([]);
    expect(await history(url)).toHaveLength(2);
  });

  it("applies only the migrations added since the last deploy", async () => {
    const url = await emptyDatabase();
    const dir = migrations(first);
    await migratePostgres(url, { dir });
    write(dir, { "003_toys": `CREATE TABLE "Toy" ("id" TEXT PRIMARY KEY, "petId" TEXT REFERENCES "Pet"("id"));` });
    expect(await migratePostgres(url, { dir })).toEqual(["003_toys"]);
    expect(await tables(url)).toEqual(["Pet", "Toy", "_prisma_migrations"]);
  });

  it("rolls a failing migration back whole, records nothing, and applies it once fixed", async () => {
    const url = await emptyDatabase();
    const dir = migrations({ ...first, "003_toys": `CREATE TABLE "Toy" ("id" TEXT PRIMARY KEY);\nSELECT 1 / 0;` });
    await expect(migratePostgres(url, { dir })).rejects.toThrow(
      /Migration 003_toys failed and was rolled back: division by zero/,
    );
    expect(await tables(url)).toEqual(["Pet", "_prisma_migrations"]);
    expect((await history(url)).map((r) => r.migration_name)).toEqual(["001_pets", "002_names"]);
    write(dir, { "003_toys": `CREATE TABLE "Toy" ("id" TEXT PRIMARY KEY);` });
    expect(await migratePostgres(url, { dir })).toEqual(["003_toys"]);
  });

  it("stops when a migration changed after it was applied", async () => {
    const url = await emptyDatabase();
    const dir = migrations(first);
    await migratePostgres(url, { dir });
    write(dir, {
      "002_names": `ALTER TABLE "Pet" ADD COLUMN "nickname" TEXT;`,
      "003_toys": `CREATE TABLE "Toy" ("id" TEXT PRIMARY KEY);`,
    });
    await expect(migratePostgres(url, { dir })).rejects.toThrow(/002_names was changed after it was applied/);
    expect(await tables(url)).toEqual(["Pet", "_prisma_migrations"]);
  });

  it("lets deploys that start together apply each migration once", async () => {
    const url = await emptyDatabase();
    const dir = migrations({
      ...first,
      "003_slow": `SELECT pg_sleep(0.3); CREATE TABLE "Toy" ("id" TEXT PRIMARY KEY);`,
    });
    const results = await Promise.all([1, 2, 3].map(() => migratePostgres(url, { dir })));
    expect(results.flat().sort()).toEqual(["001_pets", "002_names", "003_slow"]);
    expect(await history(url)).toHaveLength(3);
  });
});
