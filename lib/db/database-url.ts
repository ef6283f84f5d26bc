import fs from "node:fs";
import path from "node:path";
import { env } from "../env";

// DATABASE_URL names a SQLite file (file:…); relative paths resolve from the project root.
export function databaseFile(url: string = env().DATABASE_URL): string {
  if (!url.startsWith("file:")) {
    // The app picks the engine in lib/db/engine.ts; only SQLite paths (and the Prisma CLI, see prisma.config.ts) get here.
    throw new Error(
      "DATABASE_URL must be a SQLite file: URL here; PostgreSQL databases are migrated with npm run db:migrate, not the Prisma CLI",
    );
  }
  const file = url.slice("file:".length).split("?")[0] ?? "";
  if (file === ":memory:") return file;
  const resolved = path.resolve(/* turbopackIgnore: true */ process.cwd(), file);
  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  return resolved;
}
