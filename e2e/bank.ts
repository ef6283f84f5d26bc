import fs from "node:fs";
import path from "node:path";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVES } from "@/lib/domain/narratives";
import type { Scenario } from "@/lib/content/scenario-schema";
import type { Page } from "@playwright/test";

// The scenario bank as shipped, so a test can answer a question right or wrong on purpose.
const DIR = "content/scenarios";
export const BANK = new Map<string, Scenario>(
  fs
    .readdirSync(DIR)
    .map((file) => JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8")) as Scenario)
    .map((s) => [s.title, s]),
);

/** The bank's scenario on screen, found by its title. */
export async function currentScenario(page: Page): Promise<Scenario> {
  const title = (await page.getByRole("article").getByRole("heading", { level: 2 }).innerText()).trim();
  const scenario = BANK.get(title);
  if (!scenario) throw new Error(`No scenario titled ${title} in the bank`);
  return scenario;
}

/** Chooses a narrative and an implication by their names, as a trainee would. */
export async function choose(page: Page, narrative: keyof typeof NARRATIVES, implication: keyof typeof IMPLICATIONS) {
  await page
    .getByRole("radiogroup", { name: "Narrative" })
    .getByRole("radio", { name: NARRATIVES[narrative].name })
    .check();
  await page
    .getByRole("radiogroup", { name: "Policy implication" })
    .getByRole("radio", { name: IMPLICATIONS[implication].statement })
    .check();
}
