import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { findOwnedClass } from "@/lib/classes/data";
import { buildParallelForms } from "@/lib/prepost/form-builder";
import { createPrePost } from "@/lib/prepost/mutations";
import { scenarioChoicesForClass } from "@/lib/scenarios/data";
import {
  expect,
  makeAdmin,
  makeClass,
  makeEducator,
  makeExerciseOf,
  makeTrainee,
  signIn,
  signOut,
  test,
  testScenario,
} from "./fixtures";
import { joinWithPin, startLiveSession } from "./live-support";
import { answerCurrent, startSession } from "./support";

// Every page, signed out and as each role, at desktop and phone sizes (both projects run this file): no axe violation,
// nothing logged as an error (a missing icon, a failed script, a hydration mismatch), and no issue the browser records
// for its developer tools (a script tripping the Content-Security-Policy, say), which Lighthouse counts against best
// practices.
const consoleErrors = new WeakMap<Page, string[]>();

test.beforeEach(async ({ page }) => {
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  const devtools = await page.context().newCDPSession(page);
  devtools.on("Audits.issueAdded", ({ issue }) =>
    errors.push(`${issue.code}: ${JSON.stringify(issue.details)} (on ${page.url()})`),
  );
  await devtools.send("Audits.enable");
  page.on("console", (message) => {
    // The one page that is meant to be missing answers 404; anything else failing to load is a fault.
    if (message.type() !== "error" || message.location().url.endsWith("/no-such-page")) return;
    errors.push(`${message.text()} (${message.location().url} on ${page.url()})`);
  });
  page.on("pageerror", (error) => errors.push(`${error.message} (on ${page.url()})`));
});

test.afterEach(({ page }) => {
  expect(consoleErrors.get(page), "console errors").toEqual([]);
});

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(" | ")}`,
  );
  expect(found, `${what} at ${page.url()}`).toEqual([]);
}

async function visit(page: Page, path: string, ready?: () => Promise<void>) {
  await page.goto(path);
  await ready?.();
  await expectNoViolations(page, path);
}

test("signed out: every public page", async ({ page }) => {
  const klass = await makeClass(await makeEducator());
  for (const path of [
    "/",
    "/narratives",
    "/sources",
    "/guide",
    "/signin",
    "/signup",
    "/join",
    `/join?code=${klass.joinCode}`,
  ]) {
    await visit(page, path);
  }
  await visit(page, "/no-such-page");
  // Every page names the site's icon, and it is there.
  await page.goto("/");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  const served = await page.request.get(icon!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  await page.goto("/");
  const menu = page.getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) {
    await menu.click();
    await expectNoViolations(page, "open menu");
  }
});

test("as a trainee: practice, a question, its feedback, the summary, progress, classes and account", async ({
  page,
  trainee,
}) => {
  await visit(page, "/practice");
  await startSession(page, "5");
  await expectNoViolations(page, "question");
  await answerCurrent(page);
  await expectNoViolations(page, "feedback");
  for (let n = 2; n <= 5; n++) {
    await page.getByRole("button", { name: "Next scenario" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Scenario ${n} of 5` })).toBeVisible();
    await answerCurrent(page);
  }
  await page.getByRole("button", { name: "See summary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Session summary" })).toBeVisible();
  await expectNoViolations(page, "summary");
  for (const path of ["/progress", "/classes", "/account", "/join", "/practice"]) await visit(page, path);
  expect(trainee.klass.id).toBeTruthy();
});

test("as an educator: classes, a class, its join screen, a new exercise, the dashboard, a trainee and an attempt", async ({
  page,
}) => {
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  const trainee = await makeTrainee(klass, "Alex");
  const { title } = await makeExerciseOf(klass, [
    testScenario(),
    testScenario({ narratives: { primary: "BRUTALITY", accepted: [] }, contentNote: "Mentions killing." }),
  ]);
  await signIn(page, trainee);
  await page.goto("/practice");
  await page.getByRole("button", { name: `Start ${title}` }).click();
  await answerCurrent(page);
  await signOut(page);

  await signIn(page, educator);
  await visit(page, "/classes");
  await page.getByRole("button", { name: "New class" }).click();
  await expectNoViolations(page, "new class form");
  await visit(page, `/classes/${klass.id}`);
  await page.getByRole("button", { name: "Delete class" }).click();
  await expectNoViolations(page, "delete confirmation");
  await visit(page, `/classes/${klass.id}/join-screen`);
  await visit(page, `/classes/${klass.id}/report`);
  await visit(page, `/classes/${klass.id}/prepost/new`);
  const owned = (await findOwnedClass(educator.id, klass.id))!;
  const built = buildParallelForms((await scenarioChoicesForClass(owned)).offered, 4);
  if (!built.ok) throw new Error(built.reason);
  const prePost = await createPrePost(owned, {
    title: "Before and after",
    formA: built.formA.map((s) => s.id),
    formB: built.formB.map((s) => s.id),
    counterbalanced: true,
    closesAt: new Date(Date.now() + 86_400_000),
  });
  if (!prePost.ok) throw new Error(prePost.error);
  await visit(page, `/classes/${klass.id}/prepost/${prePost.prePostId}`);
  await visit(page, `/classes/${klass.id}/exercises/new`);
  await page.getByRole("list", { name: "Scenarios to choose from" }).getByText("Read").first().click();
  await page.getByRole("button", { name: "Create exercise" }).click();
  await expect(page.getByText("Choose at least one scenario")).toBeVisible();
  await expectNoViolations(page, "new exercise with a scenario open and an error");
  await visit(page, `/classes/${klass.id}/dashboard`);
  await visit(page, `/classes/${klass.id}/dashboard?from=2026-02-01&to=2026-01-01`);
  await visit(page, `/classes/${klass.id}/dashboard?from=2030-01-01`);
  await visit(page, `/classes/${klass.id}/trainees/${trainee.id}`);
  await page
    .getByRole("region", { name: /for each attempt/ })
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /^Alex:/ })).toBeVisible();
  await expectNoViolations(page, "attempt review");
  for (const path of ["/guide", "/practice", "/progress", "/account"]) await visit(page, path);
});

test("a live session: its start form, the presenter, the control panel and the trainee's screens", async ({
  page,
  browser,
  baseURL,
}) => {
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  const trainee = await makeTrainee(klass, "Robin");
  await signIn(page, educator);
  await page.goto(`/classes/${klass.id}`);
  await page.getByRole("link", { name: "Start live session" }).click();
  await expectNoViolations(page, "start live session form");
  const { sessionId, pin } = await startLiveSession(page, klass.name, "Accessible session", 2);
  await expectNoViolations(page, "presenter, waiting for the class");

  const context = await browser.newContext({ baseURL });
  const phone = await context.newPage();
  const errors: string[] = [];
  phone.on("pageerror", (error) => errors.push(error.message));
  await signIn(phone, trainee);
  await visit(phone, "/live");
  await joinWithPin(phone, pin);
  await expectNoViolations(phone, "trainee, waiting");

  await visit(page, `/live/${sessionId}/control`, () =>
    expect(page.getByRole("button", { name: "Show first scenario" })).toBeVisible(),
  );
  await page.getByRole("button", { name: "Show first scenario" }).click();
  await expect(phone.getByRole("heading", { name: "Scenario 1 of 2" })).toBeVisible();
  await expectNoViolations(phone, "trainee, a question");
  await expectNoViolations(page, "control panel, answering");
  await visit(page, `/live/${sessionId}/present`, () => expect(page.getByText("0 of 1 answered")).toBeVisible());
  await page.getByRole("button", { name: "Close answers" }).click();
  await page.getByRole("button", { name: "Reveal" }).click();
  await expectNoViolations(page, "presenter, the key revealed");
  await expectNoViolations(phone, "trainee, the key revealed");
  expect(errors).toEqual([]);
  await context.close();
});

test("as an administrator: administration and classes", async ({ page }) => {
  await makeEducator("An educator to list");
  await signIn(page, await makeAdmin());
  for (const path of ["/admin", "/classes", "/account"]) await visit(page, path);
});
