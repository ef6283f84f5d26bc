import fs from "node:fs";
import path from "node:path";

// DATABASE_URL overrides the embedded default under data/; relative paths resolve from the project root.
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function databaseFile(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): string {
  if (!url.startsWith("file:")) {
    // The app picks the engine in lib/db/engine.ts; only SQLite paths (and the Prisma CLI, see prisma.config.ts) get here.
    throw new Error("DATABASE_URL must be a SQLite file: URL here; PostgreSQL databases are migrated with npm run db:migrate, not the Prisma CLI");
  }
  const file = url.slice("file:".length).split("?")[0] ?? "";
  if (file === ":memory:") return file;
  const resolved = path.resolve(/* turbopackIgnore: true */ process.cwd(), file);
  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  return resolved;
}
