// npm run db:migration -- <name>: writes a migration from the committed schema to the working schema, for each
// engine: prisma/migrations/<stamp>_<name> (SQLite) and prisma/postgres/migrations/<stamp>_<name> (PostgreSQL).
// It also rewrites the derived prisma/postgres/schema.prisma and regenerates both clients (unless --skip-generate).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { changesSchema, migrationsBetween } from "@/scripts/db/migration-diff";
import { POSTGRES_SCHEMA, SOURCE_SCHEMA, derivePostgresSchema } from "@/scripts/db/postgres-schema";
import { POSTGRES_MIGRATIONS_DIR } from "@/scripts/db/postgres-migrations";

const [name, ...flags] = process.argv.slice(2);
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lowercase letters, digits and underscores)");
  process.exit(2);
}
let committed: string;
try {
  committed = execFileSync("git", ["show", `HEAD:${SOURCE_SCHEMA}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
} catch {
  // No committed schema yet: start from the datasource and generator blocks alone.
  committed = fs.readFileSync(SOURCE_SCHEMA, "utf8").split(/^model /m)[0] ?? "";
}
const working = fs.readFileSync(SOURCE_SCHEMA, "utf8");
fs.writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(working));

const migrations = migrationsBetween(committed, working);
if (!changesSchema(migrations.sqlite) && !changesSchema(migrations.postgres)) {
  console.log("The working schema matches the committed one: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const [root, sql] of [
  [path.join("prisma", "migrations"), migrations.sqlite],
  [POSTGRES_MIGRATIONS_DIR, migrations.postgres],
] as const) {
  const file = path.join(root, `${stamp}_${name}`, "migration.sql");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, sql);
  console.log(`Wrote ${file}`);
}
if (!flags.includes("--skip-generate")) {
  execFileSync("npm", ["run", "--silent", "db:generate"], { stdio: ["ignore", "ignore", "inherit"] });
  console.log("Regenerated both Prisma clients.");
}
console.log("Commit the schema, both migrations and prisma/postgres/schema.prisma.");
