import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// What the production build depends on; content files are read at run time and left out.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "types",
  "next.config.ts",
  "package-lock.json",
  "tsconfig.json",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation-client.ts",
];
const STAMP_FILE = path.join(".next", "build-stamp");

function* files(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  if (fs.statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(entry).sort()) yield* files(path.join(entry, child));
}

export function buildInputsHash(root: string = process.cwd()): string {
  const hash = crypto.createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export function buildIsCurrent(root: string = process.cwd()): boolean {
  const stamp = path.join(root, STAMP_FILE);
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || !fs.existsSync(stamp)) return false;
  return fs.readFileSync(stamp, "utf8").trim() === buildInputsHash(root);
}

export function writeBuildStamp(root: string = process.cwd()): void {
  fs.writeFileSync(path.join(root, STAMP_FILE), buildInputsHash(root));
}
