import { INSTANCES } from "../playwright.postgres.config";
import { expect, makeClass, makeEducator, makeTrainee, signIn, test } from "../e2e/fixtures";
import {
  type Given,
  PHONE,
  type Trainee,
  answer,
  expectChart,
  joinWithPin,
  startLiveSession,
} from "../e2e/live-support";

// Two app instances on one PostgreSQL (playwright.postgres.config.ts): what one instance does must reach the screens
// another one serves at once, through PostgreSQL's LISTEN/NOTIFY and not through any process's memory.
const [instanceA, instanceB] = INSTANCES as [string, string];

test("an educator on one instance leads trainees answering on another, and signing out everywhere on one ends the sign-in on the other at once", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  const accounts = [await makeTrainee(klass, "Ana Two"), await makeTrainee(klass, "Bo Two")];

  const presenterContext = await browser.newContext({ baseURL: instanceA, viewport: { width: 1280, height: 720 } });
  const presenter = await presenterContext.newPage();
  await signIn(presenter, educator);
  const { pin } = await startLiveSession(presenter, klass.name, "Two instances", 2);

  const trainees: Trainee[] = [];
  for (const account of accounts) {
    const context = await browser.newContext({ baseURL: instanceB, ...PHONE });
    const page = await context.newPage();
    await signIn(page, account);
    await joinWithPin(page, pin);
    trainees.push({ account, context, page });
  }
  const [ana, bo] = trainees as [Trainee, Trainee];
  await expect(presenter.getByText("2 joined")).toBeVisible();

  // The educator moves the session on A; the trainees' screens on B follow, and their answers on B count on A.
  await presenter.getByRole("button", { name: "Show first scenario" }).click();
  for (const t of trainees) await expect(t.page.getByRole("heading", { name: "Scenario 1 of 2" })).toBeVisible();
  const first: Given[] = [await answer(ana.page, "BRUTALITY", 0), await answer(bo.page, "CORRUPTION", 1)];
  for (const t of trainees) await expect(t.page.getByText("Answer received")).toBeVisible();
  await expect(presenter.getByText("2 of 2 answered")).toBeVisible();
  await presenter.getByRole("button", { name: "Close answers" }).click();
  for (const t of trainees) await expect(t.page.getByRole("heading", { name: /answers closed/ })).toBeVisible();
  await expectChart(presenter, first);
  await presenter.getByRole("button", { name: "Reveal" }).click();
  for (const t of trainees) await expect(t.page.getByRole("heading", { name: "The key" })).toBeVisible();

  await presenter.getByRole("button", { name: "Next scenario" }).click();
  for (const t of trainees) await expect(t.page.getByRole("heading", { name: "Scenario 2 of 2" })).toBeVisible();
  await answer(ana.page, "INFIGHTING", 2);
  await expect(presenter.getByText("1 of 2 answered")).toBeVisible();

  // Bo is also signed in on A. Several pages on B first, so that both of B's workers hold his sign-in in their cache
  // (which alone would keep it valid there for a minute).
  const boElsewhere = await bo.context.newPage();
  for (let i = 0; i < 4; i++) {
    await boElsewhere.goto("/practice");
    await expect(boElsewhere).toHaveURL(/\/practice$/);
  }
  const boOnA = await browser.newContext({ baseURL: instanceA });
  const account = await boOnA.newPage();
  await signIn(account, bo.account);
  await account.goto("/account");
  await account.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(account).toHaveURL(/\/signin/);

  // On B, his live screen stops following the session and every page asks him to sign in again, at once.
  await expect(bo.page.getByText("This screen no longer follows the session")).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await boElsewhere.goto("/practice");
    await expect(boElsewhere).toHaveURL(/\/signin/);
  }

  // Ana, on the same instance, is untouched and still follows the educator to the end.
  await presenter.getByRole("button", { name: "Close answers" }).click();
  await expect(ana.page.getByRole("heading", { name: /answers closed/ })).toBeVisible();
  await presenter.getByRole("button", { name: "Reveal" }).click();
  await presenter.getByRole("button", { name: "End session" }).click();
  await expect(presenter.getByRole("heading", { name: "Session ended" })).toBeVisible();
  await expect(ana.page.getByRole("heading", { name: /Your session: [0-9.]+ of 4 points/ })).toBeVisible();

  for (const context of [presenterContext, boOnA, ...trainees.map((t) => t.context)]) await context.close();
});
