import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";

// A real SQLite database per test file, copied from the migrated template before any import opens it.
const template = inject("templateDatabase");
const file = path.join(path.dirname(template), `${crypto.randomUUID()}.db`);
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
delete (globalThis as { prisma?: unknown }).prisma;

afterAll(async () => {
  const cached = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  await cached?.$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});
