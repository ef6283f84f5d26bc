import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { SCENARIO_DIR } from "@/lib/content/content-paths";
import { IMPLICATION_CODES } from "@/lib/domain/implications";

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
    expect(result.output).toMatch(/Scenarios\s+\d+ \(practice \d+ · example 8\)/);
    expect(result.output).toMatch(/Secondary\s+\d+ of \d+ practice items accept a secondary narrative/);
    for (const code of IMPLICATION_CODES) {
      expect(result.output).toMatch(new RegExp(`${code}\\s+key\\s+\\d+ · distractor\\s+\\d+ · share 0\\.\\d\\d`));
    }
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
    [
      "a narrative label word in the testimony",
      (s: Record<string, unknown>) => void (s.testimony = "It was all corruption, from top to bottom."),
      /contains the narrative label word "corruption"/,
    ],
    [
      "a passage that is not in the seed",
      (s: Record<string, unknown>) => {
        (s.source as { passage: string }).passage = "words that the cited seed never contains anywhere at all";
      },
      /source\.passage: is not verbatim/,
    ],
    [
      "a distractor explanation that only dismisses",
      (s: Record<string, unknown>) => {
        const explanations = s.explanations as { distractors: Record<string, string> };
        const first = Object.keys(explanations.distractors)[0]!;
        explanations.distractors[first] = "Nothing here concerns this implication.";
      },
      /must say why it tempts/,
    ],
    ["a missing discussion prompt", (s: Record<string, unknown>) => void delete s.discussion, /discussion/],
    [
      "a testimony describing executions without the warning",
      (s: Record<string, unknown>) => {
        s.testimony = "He saw fighters executed by their own commanders.";
        s.contentWarnings = [];
        delete s.contentNote;
      },
      /contentWarnings: must include "executions"/,
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

  it("fails when a narrative has more or fewer than two examples", async () => {
    const result = await check((dir) => {
      const practice = fs
        .readdirSync(dir)
        .sort()
        .find((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")).purpose === "practice")!;
      edit(dir, practice, (s) => void (s.purpose = "example"));
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/purpose\.example: \w+ has 3 example scenarios; exactly 2 are required/);
  }, 30_000);

  it("fails when an implication is never offered as a distractor", async () => {
    const result = await check((dir) => {
      for (const file of fs.readdirSync(dir)) {
        edit(dir, file, (s) => {
          const implications = s.implications as { correct: string; distractors: string[] };
          if (!implications.distractors.includes("PLATFORM")) return;
          const spare = IMPLICATION_CODES.find(
            (c) => c !== "PLATFORM" && c !== implications.correct && !implications.distractors.includes(c),
          )!;
          implications.distractors = implications.distractors.map((d) => (d === "PLATFORM" ? spare : d));
          const explanations = s.explanations as { distractors: Record<string, string> };
          explanations.distractors[spare] = explanations.distractors.PLATFORM!;
          delete explanations.distractors.PLATFORM;
        });
      }
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /implications\.PLATFORM: is the key in \d+ and a distractor in 0 practice items: share 1\.00/,
    );
  }, 30_000);
});
