import fs from "node:fs";
import type { Page } from "@playwright/test";
import { NARRATIVES } from "@/lib/domain/narratives";
import { type Given, PHONE, type Trainee, answer, expectChart, joinWithPin, startLiveSession } from "./live-support";
import { expect, makeClass, makeEducator, makeTrainee, signIn, test } from "./fixtures";

// One educator on a projector-sized screen and three trainees on phones, each in a browser context of their own, go
// through three scenarios. One trainee reloads in the middle of a question, one loses the network and answers while
// offline; the presenter's counts and charts must match what was clicked, and the dashboard then holds the answers.

async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test("an educator leads three trainees through a live session that survives a reload and a lost connection", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  const accounts = [
    await makeTrainee(klass, "Ana Live"),
    await makeTrainee(klass, "Bo Live"),
    await makeTrainee(klass, "Cai Live"),
  ];

  const educatorContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 } });
  const presenter = await educatorContext.newPage();
  await signIn(presenter, educator);
  const { sessionId, pin } = await startLiveSession(presenter, klass.name, "Week 3 discussion", 3);
  await expect(presenter.getByText("0 joined")).toBeVisible();

  // Two trainees join with the PIN, one from the practice page.
  const trainees: Trainee[] = [];
  for (const [index, account] of accounts.entries()) {
    const context = await browser.newContext({ baseURL, ...PHONE });
    const page = await context.newPage();
    await signIn(page, account);
    if (index === 1) {
      await page.goto("/practice");
      await page.getByRole("button", { name: "Join live session" }).click();
      await expect(page.getByRole("heading", { name: "You have joined" })).toBeVisible();
    } else {
      await joinWithPin(page, pin);
    }
    trainees.push({ account, context, page });
  }
  const [ana, bo, cai] = trainees as [Trainee, Trainee, Trainee];
  await expect(presenter.getByText("3 joined")).toBeVisible();
  const given: Given[] = [];

  // Scenario 1: everyone answers; Ana changes her mind before answers close.
  await presenter.getByRole("button", { name: "Show first scenario" }).click();
  for (const t of trainees) await expect(t.page.getByRole("heading", { name: "Scenario 1 of 3" })).toBeVisible();
  await expect(presenter.getByText("0 of 3 answered")).toBeVisible();
  await expectNoHorizontalScroll(ana.page);
  await answer(ana.page, "INFIGHTING", 0);
  await expect(ana.page.getByText("Answer received")).toBeVisible();
  const first = [
    await answer(ana.page, "BRUTALITY", 1, /Update answer/),
    await answer(bo.page, "BRUTALITY", 0),
    await answer(cai.page, "CORRUPTION", 2),
  ];
  for (const t of trainees) await expect(t.page.getByText("Answer received")).toBeVisible();
  await expect(presenter.getByText("3 of 3 answered")).toBeVisible();
  await presenter.getByRole("button", { name: "Close answers" }).click();
  await expect(presenter.getByRole("table", { name: "Narratives chosen" })).toBeVisible();
  await expect(presenter.getByText("✓ key")).toHaveCount(0);
  await expectChart(presenter, first);
  for (const t of trainees) await expect(t.page.getByRole("heading", { name: /answers closed/ })).toBeVisible();
  await presenter.getByRole("button", { name: "Reveal" }).click();
  await expect(presenter.getByRole("heading", { name: "For discussion" })).toBeVisible();
  await expect(presenter.getByText("✓ key")).toHaveCount(2);
  await expect(ana.page.getByRole("heading", { name: /Your answer: [0-9.]+ of 2 points/ })).toBeVisible();
  await expectNoHorizontalScroll(ana.page);
  given.push(...first);

  // Scenario 2: Bo reloads mid-question; Cai loses the network, answers offline, and comes back.
  await presenter.getByRole("button", { name: "Next scenario" }).click();
  for (const t of trainees) await expect(t.page.getByRole("heading", { name: "Scenario 2 of 3" })).toBeVisible();
  const second = [await answer(ana.page, "DISAPPOINTMENT", 3), await answer(bo.page, "INFIGHTING", 1)];
  await expect(bo.page.getByText("Answer received")).toBeVisible();
  await bo.page.reload();
  await expect(bo.page.getByRole("heading", { name: "Scenario 2 of 3" })).toBeVisible();
  await expect(bo.page.getByRole("radio", { name: NARRATIVES.INFIGHTING.name })).toBeChecked();
  await expect(bo.page.getByText("Answer received")).toBeVisible();
  await expect(presenter.getByText("2 of 3 answered")).toBeVisible();

  await cai.context.setOffline(true);
  await expect(cai.page.getByText(/Reconnecting/)).toBeVisible();
  const offline = await answer(cai.page, "BRUTALITY", 0);
  await expect(cai.page.getByText(/You are offline: your answer is kept here/)).toBeVisible();
  await expect(presenter.getByText("2 of 3 answered")).toBeVisible();
  await cai.context.setOffline(false);
  await expect(cai.page.getByText("Answer received")).toBeVisible();
  await expect(cai.page.getByText(/Reconnecting/)).toHaveCount(0);
  await expect(presenter.getByText("3 of 3 answered")).toBeVisible();
  second.push(offline);
  // The reloaded page still follows the session.
  await presenter.getByRole("button", { name: "Close answers" }).click();
  await expect(bo.page.getByRole("heading", { name: /answers closed/ })).toBeVisible();
  await expectChart(presenter, second);
  await presenter.getByRole("button", { name: "Reveal" }).click();
  await expect(cai.page.getByRole("heading", { name: "The key" })).toBeVisible();
  given.push(...second);

  // Scenario 3: Cai answers offline but comes back only after answers close: the answer is refused, and Cai is told.
  await presenter.getByRole("button", { name: "Next scenario" }).click();
  for (const t of trainees) await expect(t.page.getByRole("heading", { name: "Scenario 3 of 3" })).toBeVisible();
  const third = [await answer(ana.page, "CORRUPTION", 2), await answer(bo.page, "CORRUPTION", 3)];
  await expect(presenter.getByText("2 of 3 answered")).toBeVisible();
  await cai.context.setOffline(true);
  await expect(cai.page.getByText(/Reconnecting/)).toBeVisible();
  await answer(cai.page, "INFIGHTING", 1);
  await expect(cai.page.getByText(/You are offline: your answer is kept here/)).toBeVisible();
  await presenter.getByRole("button", { name: "Close answers" }).click();
  await expectChart(presenter, third);
  await cai.context.setOffline(false);
  await expect(cai.page.getByRole("heading", { name: /answers closed/ })).toBeVisible();
  await expect(
    cai.page.getByRole("alert").filter({ hasText: /have closed: your answer was not counted/ }),
  ).toBeVisible();
  await expect(presenter.getByText("Answers closed · 2 of 3 answered")).toBeVisible();
  await presenter.getByRole("button", { name: "Reveal" }).click();
  given.push(...third);

  await presenter.getByRole("button", { name: "End session" }).click();
  await expect(presenter.getByRole("heading", { name: "Session ended" })).toBeVisible();
  await expect(presenter.getByRole("table", { name: "The class's results per narrative" })).toBeVisible();
  for (const t of trainees)
    await expect(t.page.getByRole("heading", { name: /Your session: [0-9.]+ of 6 points/ })).toBeVisible();
  // The presenter never showed a name.
  for (const account of accounts) await expect(presenter.getByText(account.name)).toHaveCount(0);

  // The dashboard holds the session's answers, and so does the CSV export.
  await presenter.goto(`/classes/${klass.id}/dashboard?liveSession=${sessionId}`);
  await expect(presenter.getByLabel("Live session")).toHaveValue(sessionId);
  await expect(presenter.getByText(`over ${given.length} answers`)).toBeVisible();
  const download = presenter.waitForEvent("download");
  await presenter.getByRole("link", { name: "Answers CSV (one row per answer)" }).click();
  const csv = fs.readFileSync(await (await download).path(), "utf8");
  const [header, ...rows] = csv
    .slice(1)
    .trimEnd()
    .split("\r\n")
    // Every cell is quoted; none of these holds a quote or a comma.
    .map((line) => line.slice(1, -1).split('","'));
  const col = (name: string) => header!.indexOf(name);
  expect(rows).toHaveLength(given.length);
  for (const row of rows) expect(row[col("live_session")]).toBe("Week 3 discussion");
  expect(rows.map((r) => `${r[col("chosen_narrative")]}/${r[col("chosen_implication")]}`).sort()).toEqual(
    given.map((g) => `${g.narrative}/${g.implication}`).sort(),
  );

  for (const context of [educatorContext, ...trainees.map((t) => t.context)]) await context.close();
});

test("the control panel shows who has joined and who has not answered, pauses and resumes answering, and runs an optional timer; the presenter fits a projector and names nobody", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  const dee = await makeTrainee(klass, "Dee Panel");
  const eli = await makeTrainee(klass, "Eli Panel");

  const educatorContext = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 } });
  const presenter = await educatorContext.newPage();
  await signIn(presenter, educator);
  const { sessionId, pin } = await startLiveSession(presenter, klass.name, "Panel check", 1);
  const control = await educatorContext.newPage();
  await control.setViewportSize({ width: 375, height: 740 });
  await control.goto(`/live/${sessionId}/control`);
  const names = (region: RegExp) => control.getByRole("region", { name: region }).getByRole("listitem");
  await expect(names(/^Not joined/)).toHaveText([dee.name, eli.name].sort());

  const traineeContext = await browser.newContext({ baseURL, ...PHONE });
  const trainee = await traineeContext.newPage();
  await signIn(trainee, dee);
  await joinWithPin(trainee, pin);
  await expect(names(/^Joined/)).toHaveText([dee.name]);
  await expect(names(/^Not joined/)).toHaveText([eli.name]);

  await control.getByRole("button", { name: "Show first scenario" }).click();
  await expect(trainee.getByRole("heading", { name: "Scenario 1 of 1" })).toBeVisible();
  await expect(presenter.getByText("0 of 1 answered")).toBeVisible();
  await expect(names(/^Not answered yet/)).toHaveText([dee.name]);

  // Pause keeps the trainee's choices but takes no answer until Resume.
  await control.getByRole("button", { name: "Pause" }).click();
  await expect(presenter.getByText("Paused for discussion", { exact: true })).toBeVisible();
  await expect(trainee.getByText("Answering is paused while the class discusses.")).toBeVisible();
  await expect(trainee.getByRole("button", { name: "Submit answer" })).toBeDisabled();
  await control.getByRole("button", { name: "Resume" }).click();
  await expect(presenter.getByText("Paused for discussion", { exact: true })).toHaveCount(0);
  await expect(trainee.getByRole("button", { name: "Submit answer" })).toBeEnabled();

  // No countdown unless the educator sets one; it can be extended and stopped.
  await expect(presenter.getByRole("timer")).toHaveCount(0);
  await control.getByRole("combobox", { name: "Timer" }).selectOption({ label: "1 minute" });
  await control.getByRole("button", { name: "Start timer" }).click();
  await expect(presenter.getByRole("timer", { name: "Time left to answer" })).toHaveText(/^(1:00|0:5\d) left$/);
  await expect(trainee.getByRole("timer", { name: "Time left to answer" })).toBeVisible();
  await control.getByRole("button", { name: "Add 30 seconds" }).click();
  await expect(presenter.getByRole("timer")).toHaveText(/^1:[2-3]\d left$/);
  await control.getByRole("button", { name: "Stop timer" }).click();
  await expect(presenter.getByRole("timer")).toHaveCount(0);
  await expect(trainee.getByRole("timer")).toHaveCount(0);

  await answer(trainee, "BRUTALITY", 0);
  await expect(presenter.getByText("1 of 1 answered")).toBeVisible();
  await expect(control.getByText("Everyone who joined has answered.")).toBeVisible();

  // The projector view at both common sizes: nothing runs off the side, and no trainee's name is anywhere on it.
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    await presenter.setViewportSize(size);
    await expectNoHorizontalScroll(presenter);
  }
  for (const name of [dee.name, eli.name]) await expect(presenter.getByText(name)).toHaveCount(0);
  await expect(presenter.getByText(/Dee|Eli/)).toHaveCount(0);

  await traineeContext.close();
  await educatorContext.close();
});
