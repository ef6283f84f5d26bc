import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { SCENARIO_DIR } from "@/lib/content/content-paths";

const exec = promisify(execFile);

// Runs npm run content:check's script on a copy of the bank with one change applied.
async function check(change?: (dir: string) => void): Promise<{ code: number; output: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bank-"));
  for (const file of fs.readdirSync(SCENARIO_DIR)) fs.copyFileSync(path.join(SCENARIO_DIR, file), path.join(dir, file));
  change?.(dir);
  try {
    const { stdout, stderr } = await exec("node", ["--import", "tsx", "scripts/content-check.ts", "--dir", dir]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

function edit(dir: string, file: string, mutate: (s: Record<string, unknown>) => void) {
  const target = path.join(dir, file);
  const scenario = JSON.parse(fs.readFileSync(target, "utf8"));
  mutate(scenario);
  fs.writeFileSync(target, JSON.stringify(scenario));
}

const first = () => fs.readdirSync(SCENARIO_DIR).sort()[0]!;

describe("npm run content:check", () => {
  it("passes on the bank and prints its counts", async () => {
    const result = await check();
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/Narrative\s+INFIGHTING \d+ · BRUTALITY \d+/);
    expect(result.output).toMatch(/Kind\s+documented \d+ · composite \d+/);
    expect(result.output).toMatch(/Difficulty\s+1 \d+ · 2 \d+ · 3 \d+/);
  }, 30_000);

  it.each([
    [
      "a testimony over 120 words",
      (s: Record<string, unknown>) => void (s.testimony = "word ".repeat(121)),
      /testimony: must be at most 120 words/,
    ],
    [
      "a distractor equal to the correct answer",
      (s: Record<string, unknown>) => {
        const implications = s.implications as { correct: string; distractors: string[] };
        implications.distractors[0] = implications.correct;
      },
      /a distractor must not equal the correct implication/,
    ],
    ["a missing source", (s: Record<string, unknown>) => void delete s.source, /source/],
    [
      "a quotation that is not in the source",
      (s: Record<string, unknown>) => void (s.testimony = 'He said "words nobody ever said".'),
      /not verbatim/,
    ],
  ])(
    "fails on %s",
    async (_label, mutate, message) => {
      const result = await check((dir) => edit(dir, first(), mutate));
      expect(result.code).toBe(1);
      expect(result.output).toMatch(message);
    },
    30_000,
  );

  it("fails on a duplicate testimony and on too few scenarios", async () => {
    const result = await check((dir) => {
      const files = fs.readdirSync(dir).sort();
      const source = JSON.parse(fs.readFileSync(path.join(dir, files[0]!), "utf8"));
      edit(dir, files[1]!, (s) => void (s.testimony = source.testimony));
      for (const file of files.slice(-10)) fs.rmSync(path.join(dir, file));
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/duplicates the testimony/);
    expect(result.output).toMatch(/at least 48 are required/);
  }, 30_000);
});
