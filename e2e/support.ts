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

/** Rows of a CSV file (RFC 4180 quoting), without the byte-order mark. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length > 0) rows.push([...row, cell]);
  return rows;
}
