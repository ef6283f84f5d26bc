import fs from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import { IMPLICATION_CODES, IMPLICATIONS, type ImplicationCode } from "@/lib/domain/implications";
import { NARRATIVE_CODES, NARRATIVES, type NarrativeCode } from "@/lib/domain/narratives";
import { type Account, expect, makeClass, makeEducator, makeTrainee, signIn, test } from "./fixtures";

// One educator on a projector-sized screen and three trainees on phones, each in a browser context of their own, go
// through three scenarios. One trainee reloads in the middle of a question, one loses the network and answers while
// offline; the presenter's counts and charts must match what was clicked, and the dashboard then holds the answers.

interface Trainee {
  account: Account;
  context: BrowserContext;
  page: Page;
}

interface Given {
  narrative: NarrativeCode;
  implication: ImplicationCode;
}

async function expectNoHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

const implicationCode = (statement: string) => IMPLICATION_CODES.find((c) => IMPLICATIONS[c].statement === statement)!;

/** Chooses a narrative and the implication at `option` in this trainee's own order, and submits. */
async function answer(page: Page, narrative: NarrativeCode, option: number, label = /Submit answer|Update answer/) {
  await page
    .getByRole("radiogroup", { name: "Narrative" })
    .getByRole("radio", { name: NARRATIVES[narrative].name })
    .check();
  const implication = page.getByRole("radiogroup", { name: "Policy implication" }).getByRole("radio").nth(option);
  await implication.check();
  const statement = (
    await page.getByRole("radiogroup", { name: "Policy implication" }).locator("label").nth(option).innerText()
  ).trim();
  await page.getByRole("button", { name: label }).click();
  return { narrative, implication: implicationCode(statement) };
}

/** The counts the presenter shows beside each bar match the choices made. */
async function expectChart(presenter: Page, given: Given[]) {
  const expectCount = async (table: string, label: string, count: number) => {
    const row = presenter
      .getByRole("table", { name: table })
      .getByRole("row")
      .filter({ has: presenter.getByRole("rowheader").filter({ hasText: label }) });
    await expect(row.getByRole("cell").first()).toHaveText(String(count));
  };
  for (const code of NARRATIVE_CODES) {
    await expectCount("Narratives chosen", NARRATIVES[code].name, given.filter((g) => g.narrative === code).length);
  }
  for (const code of new Set(given.map((g) => g.implication))) {
    const count = given.filter((g) => g.implication === code).length;
    await expectCount("Policy implications chosen", IMPLICATIONS[code].statement, count);
  }
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
  await presenter.goto("/classes");
  await presenter.getByRole("link", { name: klass.name }).click();
  await presenter.getByRole("link", { name: "Start live session" }).click();
  await presenter.getByLabel("Title").fill("Week 3 discussion");
  await presenter.getByRole("radio", { name: /Choose scenarios/ }).check();
  await presenter.getByLabel("How many").fill("3");
  await presenter.getByRole("button", { name: "Draw balanced set" }).click();
  await expect(presenter.getByText("3 selected")).toBeVisible();
  await presenter.getByRole("button", { name: "Start", exact: true }).click();
  await expect(presenter).toHaveURL(/\/live\/[\w-]+\/present$/);
  const sessionId = presenter.url().split("/").at(-2)!;
  const pin = (await presenter.locator(".presenter-pin").innerText()).replace(/\D/g, "");
  expect(pin).toMatch(/^\d{6}$/);
  await expect(presenter.getByText("0 joined")).toBeVisible();

  // Two trainees join with the PIN, one from the practice page.
  const trainees: Trainee[] = [];
  for (const [index, account] of accounts.entries()) {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await signIn(page, account);
    if (index === 1) {
      await page.goto("/practice");
      await page.getByRole("button", { name: "Join live session" }).click();
    } else {
      await page.goto("/live");
      await page.getByLabel("PIN").fill(`${pin.slice(0, 3)} ${pin.slice(3)}`);
      await page.getByRole("button", { name: "Join live session" }).click();
    }
    await expect(page.getByRole("heading", { name: "You have joined" })).toBeVisible();
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

  // Scenario 3: Cai does not answer, and an answer after the close is refused with a clear message.
  await presenter.getByRole("button", { name: "Next scenario" }).click();
  for (const t of trainees) await expect(t.page.getByRole("heading", { name: "Scenario 3 of 3" })).toBeVisible();
  const third = [await answer(ana.page, "CORRUPTION", 2), await answer(bo.page, "CORRUPTION", 3)];
  await expect(presenter.getByText("2 of 3 answered")).toBeVisible();
  await presenter.getByRole("button", { name: "Close answers" }).click();
  await expectChart(presenter, third);
  await expect(cai.page.getByText("You did not answer this scenario.")).toBeVisible();
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
  await presenter.getByRole("link", { name: "Export CSV" }).first().click();
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
