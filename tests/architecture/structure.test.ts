import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Rules of the codebase's shape that a lint rule cannot express, checked on the source itself.
const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative] : [];
  });
}

const libFiles = sourceFiles("lib").filter((f) => !f.endsWith(".test.ts"));
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const featureOf = (file: string) => file.split(path.sep)[1]!;

function importedFeatures(file: string): string[] {
  const features = new Set<string>();
  for (const match of read(file).matchAll(/from\s+"@\/lib\/([^/"]+)\//g)) features.add(match[1]!);
  return [...features];
}

/** A cycle in the feature graph as a path (a → b → a), or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "visiting") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "visiting");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe("the codebase's structure", () => {
  it("has no import cycle between feature folders of lib/", () => {
    const graph = new Map<string, Set<string>>();
    for (const file of libFiles) {
      const from = featureOf(file);
      if (!graph.has(from)) graph.set(from, new Set());
      for (const to of importedFeatures(file)) if (to !== from) graph.get(from)!.add(to);
    }
    expect(findCycle(graph)).toBeNull();
  });

  it("finds a cycle when there is one (the check itself)", () => {
    const graph = new Map([
      ["practice", new Set(["exercises"])],
      ["exercises", new Set(["scenarios", "practice"])],
      ["scenarios", new Set<string>()],
    ]);
    expect(findCycle(graph)).toEqual(["practice", "exercises", "practice"]);
  });

  it("keeps every server action in a feature's actions.ts", () => {
    const withDirective = [...sourceFiles("app"), ...sourceFiles("components"), ...libFiles].filter((file) =>
      /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(read(file)),
    );
    expect(withDirective.length).toBeGreaterThan(0);
    for (const file of withDirective) expect(file).toMatch(/^lib\/[a-z-]+\/actions\.ts$/);
  });

  it('starts every data and mutation file with import "server-only"', () => {
    const dataFiles = libFiles.filter(
      (f) => /(^|[/-])(data|mutations)\.ts$/.test(path.basename(f)) || /-(data|mutations)\.ts$/.test(f),
    );
    expect(dataFiles.length).toBeGreaterThan(5);
    for (const file of dataFiles) expect(read(file).startsWith('import "server-only";'), file).toBe(true);
  });

  it("keeps Next.js and React out of the production server's fast path, which runs before the framework's context", () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      // Type-only imports are erased when the module runs.
      for (const match of read(file).matchAll(/^(?:import|export)(?! type )[^"']*["']([^"']+)["']/gm)) {
        const target = match[1]!;
        if (target.startsWith("@/")) {
          const base = target.slice(2);
          const found = [".ts", ".tsx", "/index.ts"]
            .map((ext) => base + ext)
            .find((f) => fs.existsSync(path.join(ROOT, f)));
          if (found) visit(found);
        } else if (!target.startsWith("."))
          external.add(
            target
              .split("/")
              .slice(0, target.startsWith("@") ? 2 : 1)
              .join("/"),
          );
      }
    };
    visit("lib/http/fast-path.ts");
    expect(seen.size).toBeGreaterThan(10);
    expect([...external].filter((name) => /^(next|react|react-dom)$/.test(name))).toEqual([]);
  });
});
