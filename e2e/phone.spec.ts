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

test("the header is one compact row on a phone, with the links behind a menu", async ({ page }) => {
  await signIn(page, await makeTrainee(await makeClass(await makeEducator())));
  await page.goto("/progress");
  const header = page.getByRole("banner");
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "true");
  await nav.getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
});

test("tap targets are at least 44 px tall on a phone", async ({ page, educator }) => {
  const small = async () =>
    page
      .locator(
        "main button, main a.button, main input:not([type=hidden]), main select, main summary, .site-header button",
      )
      .evaluateAll((els) =>
        els
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .map((e) => {
            const box = e.getBoundingClientRect();
            const target = e.matches("input[type=checkbox], input[type=radio]") ? (e.closest("label") ?? e) : e;
            return [e.outerHTML.slice(0, 80), Math.round(target.getBoundingClientRect().height), box.height] as const;
          })
          .filter(([, height]) => height < 44),
      );
  for (const path of [
    "/classes",
    `/classes/${educator.klass.id}`,
    `/classes/${educator.klass.id}/exercises/new`,
    `/classes/${educator.klass.id}/dashboard`,
  ]) {
    await page.goto(path);
    expect(await small(), path).toEqual([]);
  }
  await startSession(page, "5");
  expect(await small(), "a question").toEqual([]);
});
