// The SQL that takes one version of prisma/schema.prisma to another, for each engine, from `prisma migrate diff`
// between two schema files (offline: no database involved).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { derivePostgresSchema } from "@/scripts/db/postgres-schema";
import { bin } from "@/scripts/lib/run";

function diff(before: string, after: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migration-"));
  try {
    fs.writeFileSync(path.join(dir, "before.prisma"), before);
    fs.writeFileSync(path.join(dir, "after.prisma"), after);
    // prisma.config.ts opens the SQLite adapter, which a PostgreSQL DATABASE_URL would make it refuse.
    const { DATABASE_URL: _ignored, ...env } = process.env;
    return execFileSync(
      bin("prisma"),
      [
        "migrate",
        "diff",
        "--from-schema-datamodel",
        path.join(dir, "before.prisma"),
        "--to-schema-datamodel",
        path.join(dir, "after.prisma"),
        "--script",
      ],
      { encoding: "utf8", env, stdio: ["ignore", "pipe", "pipe"] },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function changesSchema(sql: string): boolean {
  return /\b(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE)\b/.test(sql);
}

/** Both engines' migration between two versions of the one schema source. */
export function migrationsBetween(before: string, after: string): { sqlite: string; postgres: string } {
  return { sqlite: diff(before, after), postgres: diff(derivePostgresSchema(before), derivePostgresSchema(after)) };
}
