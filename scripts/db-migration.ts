// npm run db:migration -- <name>: writes a migration from the committed schema to the working schema.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bin } from "@/scripts/lib/run";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lowercase letters, digits and underscores)");
  process.exit(2);
}
const schema = path.join("prisma", "schema.prisma");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "migration-"));
const before = path.join(tmp, "before.prisma");
let committed: string;
try {
  committed = execFileSync("git", ["show", `HEAD:${schema}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
} catch {
  // No committed schema yet: start from the datasource and generator blocks alone.
  committed = fs.readFileSync(schema, "utf8").split(/^model /m)[0] ?? "";
}
fs.writeFileSync(before, committed);
const sql = execFileSync(
  bin("prisma"),
  ["migrate", "diff", "--from-schema-datamodel", before, "--to-schema-datamodel", schema, "--script"],
  { encoding: "utf8" },
);
if (!/\b(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE)\b/.test(sql)) {
  console.log("The working schema matches the committed one: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${path.join(dir, "migration.sql")}`);
