import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

// The source documents every scenario cites, kept with the content so any clone can check quotations;
// SEEDS_DIR points elsewhere.
export function seedsDirectory(): string {
  return env().SEEDS_DIR ?? path.resolve(/* turbopackIgnore: true */ process.cwd(), "content", "seeds");
}

export function loadSeedTexts(dir: string = seedsDirectory()): Map<string, string> {
  const texts = new Map<string, string>();
  if (!fs.existsSync(dir)) return texts;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    texts.set(file, fs.readFileSync(path.join(dir, file), "utf8"));
  }
  return texts;
}
