import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { migratePostgres } from "@/scripts/db/postgres-migrations";
import { emptyDatabase, onPostgres, onServer, onSqlite } from "@/tests/support/test-database";

const prisma = path.join("node_modules", ".bin", "prisma");
const exec = promisify(execFile);

function schemaOf(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY type, name",
      )
      .all() as { type: string; name: string; sql: string | null }[];
    return rows.map((r) => `${r.type} ${r.name}: ${(r.sql ?? "").replace(/\s+/g, " ").replace(/"/g, "")}`);
  } finally {
    db.close();
  }
}

describe.runIf(onSqlite)("committed SQLite migrations", () => {
  it("produce exactly the schema that schema.prisma describes", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dn-drift-"));
    const migrated = path.join(dir, "migrated.db");
    const pushed = path.join(dir, "pushed.db");
    const run = (args: string[], file: string) =>
      execFileSync(prisma, args, { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "pipe" });
    run(["migrate", "deploy"], migrated);
    run(["db", "push", "--skip-generate"], pushed);
    expect(schemaOf(migrated)).toEqual(schemaOf(pushed));
    expect(schemaOf(migrated).length).toBeGreaterThan(5);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

// Columns (in name order: a column added by a later migration lands last), constraints and indexes of the
// current schema, leaving out the migrations table.
async function postgresSchemaOf(url: string): Promise<string[]> {
  return onServer(url, async (c) => {
    const { rows } = await c.query<{ line: string }>(`
      SELECT format('column %s.%s %s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
          CASE WHEN a.attnotnull THEN ' not null' ELSE '' END, coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')) AS line
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE c.relnamespace = current_schema()::regnamespace AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'
      UNION ALL
      SELECT format('constraint %s %s: %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
        FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
      UNION ALL
      SELECT format('index %s', indexdef) FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
      ORDER BY 1`);
    return rows.map((r) => r.line);
  });
}

describe.runIf(onPostgres)("committed PostgreSQL migrations", () => {
  it("produce exactly the schema that prisma/postgres/schema.prisma describes", async () => {
    const migrated = await emptyDatabase();
    await migratePostgres(migrated);
    // What Prisma would create for the schema as it stands: the diff from nothing, applied to an empty database.
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const { stdout: sql } = await exec(
      prisma,
      [
        "migrate",
        "diff",
        "--from-empty",
        "--to-schema-datamodel",
        path.join("prisma", "postgres", "schema.prisma"),
        "--script",
      ],
      { env },
    );
    const pushed = await emptyDatabase();
    await onServer(pushed, (c) => c.query(sql));
    expect(await postgresSchemaOf(migrated)).toEqual(await postgresSchemaOf(pushed));
    expect((await postgresSchemaOf(migrated)).length).toBeGreaterThan(100);
  });
});

describe("npm run db:migrate", () => {
  it("applies the migrations of the engine DATABASE_URL names, then finds nothing left to do", async () => {
    const url = await emptyDatabase();
    const migrate = () =>
      exec("node", ["--import", "tsx", path.join("scripts", "db", "migrate.ts")], {
        env: { ...process.env, DATABASE_URL: url },
      });
    const first = await migrate();
    expect(first.stdout).toContain(`Database: ${onPostgres ? "PostgreSQL" : "SQLite"}`);
    expect(first.stdout).toContain("Migrations are up to date.");
    if (onPostgres) expect(first.stdout).toMatch(/Applied migration \d{14}_baseline/);
    const again = await migrate();
    expect(again.stdout).not.toContain("Applied migration");
    const db = createPrismaClient(url);
    try {
      expect(await db.user.count()).toBe(0);
      expect(await db.answer.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  }, 60_000);
});
