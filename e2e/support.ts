import { expect, type Page } from "@playwright/test";

export async function startSession(page: Page, size: "5" | "10" = "10") {
  await page.goto("/practice");
  await page.getByLabel("Session length").selectOption(size);
  await page.getByRole("button", { name: "Start practice" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Scenario 1 of ${size}` })).toBeVisible();
}

/** Answers the scenario on screen with the first options and checks the answer. */
export async function answerCurrent(page: Page) {
  await page.getByRole("radiogroup", { name: "Narrative" }).getByRole("radio").first().check();
  await page.getByRole("radiogroup", { name: "Policy implication" }).getByRole("radio").first().check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible();
}
