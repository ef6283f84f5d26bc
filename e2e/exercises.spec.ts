import fs from "node:fs";
import type { Page } from "@playwright/test";
import { IMPLICATION_CODES, IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import {
  type Account,
  type ClassInfo,
  expect,
  makeClass,
  makeEducator,
  makeTrainee,
  signIn,
  signOut,
  test,
} from "./fixtures";
import { parseCsv } from "./support";

async function classWithTrainee() {
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  const trainee = await makeTrainee(klass, "Rowan Trainee");
  return { educator, klass, trainee };
}

async function createExercise(
  page: Page,
  educator: Account,
  klass: ClassInfo,
  title: string,
  count: number,
  mode: "Practice" | "Assessment",
) {
  await signIn(page, educator);
  await page.goto("/classes");
  await page.getByRole("link", { name: klass.name }).click();
  await page.getByRole("link", { name: "New exercise" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("How many").fill(String(count));
  await page.getByRole("button", { name: "Draw balanced set" }).click();
  await expect(page.getByText(`${count} selected`)).toBeVisible();
  await page.getByRole("radio", { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole("button", { name: "Create exercise" }).click();
  await expect(page.getByRole("heading", { level: 1, name: klass.name })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Open");
  await signOut(page);
}

async function startExercise(page: Page, trainee: Account, title: string) {
  await signIn(page, trainee);
  await page.goto("/practice");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await expect(card).toContainText("Due");
  await card.getByRole("button", { name: `Start ${title}` }).click();
}

test("an educator sets an exercise, the trainee completes it, the educator sees the result and a matching CSV", async ({
  page,
}) => {
  const { educator, klass, trainee } = await classWithTrainee();
  const title = "Week one";
  await createExercise(page, educator, klass, title, 4, "Practice");
  await startExercise(page, trainee, title);

  const given: { narrative: string; implication: string }[] = [];
  for (let n = 1; n <= 4; n++) {
    await expect(page.getByRole("heading", { level: 1, name: `Scenario ${n} of 4` })).toBeVisible();
    const narrativeOption = page
      .getByRole("radiogroup", { name: "Narrative" })
      .getByRole("radio")
      .nth(n % 4);
    const implicationOption = page.getByRole("radiogroup", { name: "Policy implication" }).getByRole("radio").first();
    await narrativeOption.check();
    await implicationOption.check();
    const narrativeLabel = (
      await page
        .getByRole("radiogroup", { name: "Narrative" })
        .locator("label")
        .nth(n % 4)
        .innerText()
    ).trim();
    const implicationLabel = (
      await page.getByRole("radiogroup", { name: "Policy implication" }).locator("label").first().innerText()
    ).trim();
    given.push({
      narrative: NARRATIVE_CODES.find((c) => NARRATIVES[c].name === narrativeLabel)!,
      implication: IMPLICATION_CODES.find((c) => IMPLICATIONS[c].statement === implicationLabel)!,
    });
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible();
    await page.getByRole("button", { name: n === 4 ? "See summary" : "Next scenario" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Session summary" })).toBeVisible();
  await signOut(page);

  await signIn(page, educator);
  await page.goto("/classes");
  await page.getByRole("link", { name: klass.name }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Dashboard: ${klass.name}` })).toBeVisible();
  await expect(page.getByText("Completion: 1 of 1 exercise attempts finished")).toBeVisible();
  const row = page.getByRole("row", { name: /Rowan Trainee/ });
  await expect(row).toContainText("%");
  await expect(page.getByText(/Weakest narrative:|No single weakest narrative/)).toBeVisible();
  await expect(page.getByRole("table").filter({ hasText: "True \\ chosen" })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Answers CSV/ }).click();
  const csv = fs.readFileSync(await (await download).path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(csv);
  expect(header!.slice(0, 5)).toEqual(["trainee", "username", "source", "exercise", "scenario_slug"]);
  expect(rows).toHaveLength(4);
  for (const r of rows) expect([r[0], r[2], r[3]]).toEqual(["Rowan Trainee", "exercise", title]);
  for (const r of rows) expect(r[1]).toBe(trainee.login);
  const col = (name: string) => header!.indexOf(name);
  expect(rows.map((r) => `${r[col("chosen_narrative")]}/${r[col("chosen_implication")]}`).sort()).toEqual(
    given.map((g) => `${g.narrative}/${g.implication}`).sort(),
  );
});

test("an assessment hides feedback until it closes", async ({ page }) => {
  const { educator, klass, trainee } = await classWithTrainee();
  const title = "Closed-book check";
  await createExercise(page, educator, klass, title, 2, "Assessment");
  await startExercise(page, trainee, title);
  for (let n = 1; n <= 2; n++) {
    await expect(page.getByRole("heading", { level: 1, name: `Scenario ${n} of 2` })).toBeVisible();
    await page.getByRole("radiogroup", { name: "Narrative" }).getByRole("radio").first().check();
    await page.getByRole("radiogroup", { name: "Policy implication" }).getByRole("radio").first().check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { name: "Answer saved" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Feedback" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /^Narrative:/ })).toHaveCount(0);
    await page.getByRole("button", { name: n === 2 ? "See summary" : "Next scenario" }).click();
  }
  await expect(page.getByText(/your results appear here once it closes/)).toBeVisible();
  await expect(page.getByText(/You scored/)).toHaveCount(0);
});
