import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { scenarioSchema, type Scenario } from "@/lib/content/scenario-schema";

import { SCENARIO_DIR } from "@/lib/content/content-paths";

export interface ContentProblem {
  /** The file or scenario the problem belongs to. */
  where: string;
  /** The field path inside it, dotted; empty for the whole item. */
  field: string;
  message: string;
}

export interface LoadedScenario {
  file: string;
  scenario: Scenario;
}

export function zodProblems(where: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({ where, field: issue.path.join("."), message: issue.message }));
}

// Reads every scenario file; a file that fails to parse is reported and left out.
export function loadScenarioFiles(dir: string = SCENARIO_DIR): { scenarios: LoadedScenario[]; problems: ContentProblem[] } {
  const scenarios: LoadedScenario[] = [];
  const problems: ContentProblem[] = [];
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : [];
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    } catch (error) {
      problems.push({ where: file, field: "", message: `is not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = scenarioSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error));
      continue;
    }
    if (`${parsed.data.slug}.json` !== file) {
      problems.push({ where: file, field: "slug", message: `must match the file name (found "${parsed.data.slug}")` });
    }
    scenarios.push({ file, scenario: parsed.data });
  }
  return { scenarios, problems };
}
