import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { loadScenarioFiles } from "@/lib/content/content-files";
import { freshDatabase } from "@/tests/support/test-database";

const exec = promisify(execFile);

// Runs a content script as a user would, against its own copy of the migrated template database.
async function script(name: string, args: string[], databaseUrl: string) {
  try {
    const { stdout, stderr } = await exec(
      "node",
      ["--conditions=react-server", "--import", "tsx", `scripts/${name}.ts`, ...args],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: "false" },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe("content export and import", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dn-bank-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("round-trips the bank into an empty database unchanged", async () => {
    const source = await freshDatabase();
    expect((await script("seed", [], source)).code).toBe(0);
    const first = path.join(dir, "export-1.json");
    expect((await script("content-export", ["--out", first], source)).code).toBe(0);

    const target = await freshDatabase();
    const imported = await script("content-import", [first], target);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const second = path.join(dir, "export-2.json");
    expect((await script("content-export", ["--out", second], target)).code).toBe(0);

    const document = JSON.parse(fs.readFileSync(first, "utf8"));
    expect(fs.readFileSync(second, "utf8")).toBe(fs.readFileSync(first, "utf8"));
    expect(document).toMatchObject({ format: "scenario-bank", version: 1 });
    const files = loadScenarioFiles().scenarios.map((s) => s.scenario);
    expect(document.scenarios).toEqual([...files].sort((a, b) => a.slug.localeCompare(b.slug)));
  }, 60_000);

  it("refuses a document with an invalid scenario, names the scenario and field, and changes nothing", async () => {
    const target = await freshDatabase();
    const valid = loadScenarioFiles()
      .scenarios.slice(0, 2)
      .map((s) => s.scenario);
    const broken = {
      ...valid[1]!,
      implications: {
        ...valid[1]!.implications,
        distractors: [valid[1]!.implications.correct, "PLATFORM", "NOT_SAINTS"],
      },
    };
    const file = path.join(dir, "broken.json");
    fs.writeFileSync(
      file,
      JSON.stringify({ format: "scenario-bank", version: 1, scenarios: [valid[0], broken, { slug: "half" }] }),
    );

    const result = await script("content-import", [file], target);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`scenarios[1] (${broken.slug}) › implications.distractors`);
    expect(result.stderr).toContain("scenarios[2] (half) › title");
    const exported = await script("content-export", ["--out", path.join(dir, "after.json")], target);
    expect(exported.stderr).toContain("The database holds no scenarios");
  }, 60_000);

  it("refuses a document in another format", async () => {
    const file = path.join(dir, "other.json");
    fs.writeFileSync(file, JSON.stringify({ format: "quiz", version: 1, scenarios: [] }));
    const result = await script("content-import", [file], await freshDatabase());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("document › format");
  }, 60_000);
});
