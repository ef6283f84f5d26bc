import type { Page } from "@playwright/test";
import { expect, makeClass, makeEducator, makeTrainee, signIn, test } from "./fixtures";
import { startSession } from "./support";

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("pages fit a 375 px phone screen", async ({ page }) => {
  for (const path of ["/", "/narratives", "/sources", "/signin"]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
  }
  await signIn(page, await makeTrainee(await makeClass(await makeEducator())));
  await startSession(page, "5");
  await expectNoHorizontalScroll(page);
  await page.getByRole("radiogroup", { name: "Narrative" }).getByRole("radio").first().check();
  await page.getByRole("radiogroup", { name: "Policy implication" }).getByRole("radio").first().check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto("/progress");
  await expectNoHorizontalScroll(page);
});

test("the educator's class pages fit a 375 px phone screen", async ({ page, educator }) => {
  await makeTrainee(educator.klass, "A trainee with a rather long display name indeed");
  await page.goto("/classes");
  await expectNoHorizontalScroll(page);
  await page.getByRole("link", { name: educator.klass.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: educator.klass.name })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Dashboard: ${educator.klass.name}` })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto(page.url().replace("/dashboard", "/exercises/new"));
  await expect(page.getByRole("heading", { level: 1, name: /New exercise/ })).toBeVisible();
  await expectNoHorizontalScroll(page);
});
