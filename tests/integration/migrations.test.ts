import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const prisma = path.join("node_modules", ".bin", "prisma");

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

describe("committed migrations", () => {
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
