import type { Page } from "@playwright/test";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { choose, currentScenario } from "./bank";
import { expect, makeClass, makeEducator, makeTrainee, signIn, signOut, test } from "./fixtures";

// A balanced draw lists an exercise's scenarios Infighting, Brutality, Corruption, Disappointment, twice: the order
// the narrative options are in. Each attempt must shuffle them, or answering down the options scores full marks.
async function startExercise(page: Page, title: string) {
  await page.goto("/practice");
  await page.getByRole("button", { name: `Start ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 1 of 8" })).toBeVisible();
}

test("an exercise of a balanced set reaches two trainees in different orders, and answering 1-2-3-4 down the options does not score full marks", async ({
  page,
}) => {
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  const [first, second] = [await makeTrainee(klass), await makeTrainee(klass)];
  const title = "Balanced eight";

  await signIn(page, educator);
  await page.goto(`/classes/${klass.id}/exercises/new`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("How many").fill("8");
  await page.getByRole("button", { name: "Draw balanced set" }).click();
  await expect(page.getByText("8 selected")).toBeVisible();
  await page.getByRole("button", { name: "Create exercise" }).click();
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("Open");
  await signOut(page);

  const orders: string[][] = [];
  for (const trainee of [first, second]) {
    await signIn(page, trainee);
    await startExercise(page, title);
    const order: string[] = [];
    for (let n = 1; n <= 8; n++) {
      await expect(page.getByRole("heading", { level: 1, name: `Scenario ${n} of 8` })).toBeVisible();
      const scenario = await currentScenario(page);
      order.push(scenario.title);
      // The cycling strategy for the narrative; the right implication, so only the narratives decide the score.
      await choose(page, NARRATIVE_CODES[(n - 1) % 4]!, scenario.implications.correct);
      await page.getByRole("button", { name: "Check answer" }).click();
      await page.getByRole("button", { name: n === 8 ? "See summary" : "Next scenario" }).click();
    }
    await expect(page.getByRole("heading", { level: 1, name: "Session summary" })).toBeVisible();
    orders.push(order);
    if (orders.length === 1) {
      await expect(page.getByText(/You scored/)).not.toContainText("You scored 16 of 16");
    }
    await signOut(page);
  }
  expect(new Set(orders[0])).toEqual(new Set(orders[1]));
  expect(orders[0]).not.toEqual(orders[1]);
});
