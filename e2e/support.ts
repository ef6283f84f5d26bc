import { expect, type Page } from "@playwright/test";

export const DEMO_TRAINEE = { email: "trainee@demo.local", password: "demo-password" };

export async function signIn(page: Page, account: { email: string; password: string } = DEMO_TRAINEE) {
  await page.goto("/signin");
  await page.getByLabel("Email or username").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

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
