import { expect, type BrowserContext, type Page } from "@playwright/test";
import { IMPLICATION_CODES, IMPLICATIONS, type ImplicationCode } from "@/lib/domain/implications";
import { NARRATIVE_CODES, NARRATIVES, type NarrativeCode } from "@/lib/domain/narratives";
import type { Account } from "./fixtures";

// Steps shared by the live-session end-to-end tests: one app instance (live.spec.ts) and two on PostgreSQL
// (e2e-postgres/).

export interface Trainee {
  account: Account;
  context: BrowserContext;
  page: Page;
}

export interface Given {
  narrative: NarrativeCode;
  implication: ImplicationCode;
}

export const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } as const;

const implicationCode = (statement: string) => IMPLICATION_CODES.find((c) => IMPLICATIONS[c].statement === statement)!;

/** Chooses a narrative and the implication at `option` in this trainee's own order, and submits. */
export async function answer(
  page: Page,
  narrative: NarrativeCode,
  option: number,
  label = /Submit answer|Update answer/,
) {
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
export async function expectChart(presenter: Page, given: Given[]) {
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

/**
 * From a class page: starts a live session on a balanced draw of `count` scenarios and returns its id and PIN, with
 * the presenter view open.
 */
export async function startLiveSession(presenter: Page, className: string, title: string, count: number) {
  await presenter.goto("/classes");
  await presenter.getByRole("link", { name: className }).click();
  await presenter.getByRole("link", { name: "Start live session" }).click();
  await presenter.getByLabel("Title").fill(title);
  await presenter.getByRole("radio", { name: /Choose scenarios/ }).check();
  await presenter.getByLabel("How many").fill(String(count));
  await presenter.getByRole("button", { name: "Draw balanced set" }).click();
  await expect(presenter.getByText(`${count} selected`)).toBeVisible();
  await presenter.getByRole("button", { name: "Start", exact: true }).click();
  await expect(presenter).toHaveURL(/\/live\/[\w-]+\/present$/);
  const sessionId = presenter.url().split("/").at(-2)!;
  const pin = (await presenter.locator(".presenter-pin").innerText()).replace(/\D/g, "");
  expect(pin).toMatch(/^\d{6}$/);
  return { sessionId, pin };
}

/** A trainee enters the PIN at /live and lands in the session's waiting screen. */
export async function joinWithPin(page: Page, pin: string) {
  await page.goto("/live");
  await page.getByLabel("PIN").fill(`${pin.slice(0, 3)} ${pin.slice(3)}`);
  await page.getByRole("button", { name: "Join live session" }).click();
  await expect(page.getByRole("heading", { name: "You have joined" })).toBeVisible();
}
