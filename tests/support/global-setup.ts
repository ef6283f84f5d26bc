import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migratePostgres } from "@/scripts/db/postgres-migrations";
import {
  createDatabase,
  dropDatabasesLike,
  postgresDatabaseUrl,
  postgresServerUrl,
  testEngine,
} from "@/tests/support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** SQLite: the migrated template file. PostgreSQL: the migrated template database's name. */
    templateDatabase: string;
  }
}

// Migrates one empty database once; each test file then works on its own copy of it.
export default async function setup(project: TestProject) {
  if (testEngine === "postgres") return setupPostgres(project);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dn-test-"));
  const template = path.join(dir, "template.db");
  execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  project.provide("templateDatabase", template);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

// PostgreSQL: one migrated template database per run; each test file gets CREATE DATABASE … TEMPLATE it
// (tests/support/per-file-database.ts). Every database of the run shares a prefix and is dropped at the end.
async function setupPostgres(project: TestProject) {
  const server = postgresServerUrl();
  const prefix = `dn_test_${crypto.randomBytes(4).toString("hex")}_`;
  const template = `${prefix}template`;
  await createDatabase(server, template);
  await migratePostgres(postgresDatabaseUrl(server, template));
  project.provide("templateDatabase", template);
  return () => dropDatabasesLike(server, prefix);
}
