import fs from "node:fs";
import type { Page } from "@playwright/test";
import { choose, currentScenario } from "./bank";
import {
  expect,
  makeClass,
  makeEducator,
  makeExerciseOf,
  makeTrainee,
  PASSWORD,
  signIn,
  signOut,
  test,
  testScenario,
  type Account,
} from "./fixtures";
import { parseCsv, startSession } from "./support";

async function signInWithForm(page: Page, account: Account) {
  await page.goto("/signin");
  await page.getByLabel("Email or username").fill(account.login);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("educators land on their classes after signing in, or on the class they last opened; trainees on practice", async ({
  page,
}) => {
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  await signInWithForm(page, educator);
  await expect(page).toHaveURL(/\/classes$/);
  await page.getByRole("link", { name: klass.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: klass.name })).toBeVisible();
  await signOut(page);
  await signInWithForm(page, educator);
  await expect(page).toHaveURL(new RegExp(`/classes/${klass.id}$`));
  await signOut(page);

  await signInWithForm(page, await makeTrainee(klass));
  await expect(page).toHaveURL(/\/practice$/);
  await signOut(page);
  // A page that asked for sign-in still gets the educator back.
  await page.goto("/account");
  await page.getByLabel("Email or username").fill(educator.login);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test("free practice by a member shows on their trainee page and under the dashboard's activity filter, answer by answer", async ({
  page,
}) => {
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  const trainee = await makeTrainee(klass, "Pat Practiser");
  await signIn(page, trainee);
  await startSession(page, "5");
  const first = await currentScenario(page);
  await choose(page, first.narratives.primary, first.implications.correct);
  await page.getByRole("button", { name: "Check answer" }).click();
  await signOut(page);

  await signIn(page, educator);
  await page.goto(`/classes/${klass.id}/dashboard`);
  await expect(
    page.getByText(/Answers by source in these dates: Exercises 0, Live sessions 0, Free practice 1/),
  ).toBeVisible();
  await page.getByLabel("Activity").selectOption({ label: "Free practice" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/source=practice/);
  await expect(page.getByText("Mean score: 100% over 1 answers")).toBeVisible();
  await page.getByRole("link", { name: "Pat Practiser" }).click();
  const history = page.getByRole("region", { name: /Score and accuracy per narrative for each attempt/ });
  await expect(history.getByRole("row")).toHaveCount(2);
  // The table is shown whole at this width, not cut off in half a column.
  const fits = await history.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(fits).toBe(true);
  await history.getByRole("link", { name: /Free practice/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pat Practiser: Free practice" })).toBeVisible();
  const answers = page.getByRole("region", { name: "Each question: the answer given against the key" });
  await expect(answers.getByRole("row", { name: new RegExp(first.title) })).toContainText("2 of 2 (right)");
  await expect(answers.getByRole("row")).toHaveCount(6);
  await expect(answers.getByRole("row").nth(2)).toContainText("not answered");
});

test("the dashboard labels charts like its tables, shows zeros, explains the score, and says when filters leave nothing", async ({
  page,
}) => {
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  const trainee = await makeTrainee(klass, "Sam");
  const { title } = await makeExerciseOf(klass, [
    testScenario({ title: "Easy to get right" }),
    testScenario({ title: "Easy to get wrong", narratives: { primary: "CORRUPTION", accepted: [] } }),
  ]);
  await signIn(page, trainee);
  await page.goto("/practice");
  await page.getByRole("button", { name: `Start ${title}` }).click();
  for (let n = 1; n <= 2; n++) {
    await expect(page.getByRole("heading", { level: 1, name: `Scenario ${n} of 2` })).toBeVisible();
    const heading = await page.getByRole("article").getByRole("heading", { level: 2 }).innerText();
    // The first right in full; the second wrong in both parts (0%).
    if (heading === "Easy to get right") await choose(page, "DISAPPOINTMENT", "EXPOSE_UTOPIA");
    else await choose(page, "INFIGHTING", "PLATFORM");
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: n === 2 ? "See summary" : "Next scenario" }).click();
  }
  await signOut(page);

  await signIn(page, educator);
  await page.goto(`/classes/${klass.id}/dashboard`);
  const items = page.getByRole("region", { name: "Item analysis" });
  await expect(items.locator(".chart svg.recharts-surface")).toBeVisible();
  const rows = await items
    .getByRole("region", { name: /Item analysis per scenario/ })
    .locator("tbody th")
    .allInnerTexts();
  const labels = await items.locator(".chart .recharts-yAxis-tick-labels text").allTextContents();
  expect(labels).toEqual(rows.map((r) => r.replace(/ \(e2e-.*\)$/, "")));
  expect(labels).toEqual(["Easy to get wrong", "Easy to get right"]);
  await expect(items.locator(".chart .recharts-label-list")).toContainText("0%");
  const zeroBar = items.locator(".chart .recharts-bar-rectangle path").first();
  expect((await zeroBar.boundingBox())!.width).toBeGreaterThan(1);

  // The charts are hidden from screen readers (the tables carry the data), so nothing in them may take focus.
  const focusableInHidden = await page
    .locator('[aria-hidden="true"]')
    .evaluateAll(
      (hidden) =>
        hidden.flatMap((h) => [
          ...h.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'),
        ]).length,
    );
  expect(focusableInHidden).toBe(0);
  await expect(page.locator('[aria-hidden="true"] svg').first()).toBeVisible();

  const implications = page.getByRole("region", { name: "Implication accuracy" });
  await expect(implications.locator(".chart")).toContainText("Use lived reality");
  await expect(implications.locator(".chart")).not.toContainText("expose");

  await expect(page.getByRole("columnheader", { name: "Score (narrative + implication)" })).toBeVisible();
  await expect(page.getByText(/So a trainee can show 100% on every narrative and a score of 50%/)).toBeVisible();
  await expect(page.getByText("Weakest narrative: Corruption, unfairness and racism")).toBeVisible();
  await expect(items.getByRole("columnheader", { name: "Rated difficulty" })).toBeVisible();

  // One export control for the view.
  await expect(page.getByRole("link", { name: /CSV/ })).toHaveCount(2);
  await expect(page.getByRole("region", { name: "Export this view" }).getByRole("link")).toHaveCount(2);

  // From after To: an error beside the filters, and the view without dates rather than an empty one.
  await page.getByLabel("From").fill("2030-02-01");
  await page.getByLabel("To").fill("2030-01-01");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "“From” is after “To”" })).toBeVisible();
  await expect(page.getByLabel("To")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Mean score: 50% over 2 answers")).toBeVisible();

  // Filters that leave nothing: a sentence, no empty axes.
  await page.goto(`/classes/${klass.id}/dashboard?from=2030-01-01`);
  await expect(items.getByText("No answers for these filters.")).toBeVisible();
  await expect(page.locator(".chart")).toHaveCount(0);
});

test("the answers CSV has usernames, readable names beside codes and local times", async ({ page }) => {
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  const trainee = await makeTrainee(klass, "Kim");
  const { title } = await makeExerciseOf(klass, [testScenario()]);
  await signIn(page, trainee);
  await page.goto("/practice");
  await page.getByRole("button", { name: `Start ${title}` }).click();
  await choose(page, "CORRUPTION", "SUNNI_FRAMING");
  await page.getByRole("button", { name: "Check answer" }).click();
  await signOut(page);
  await signIn(page, educator);
  await page.goto(`/classes/${klass.id}/dashboard`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Answers CSV/ }).click();
  const [header, row] = parseCsv(fs.readFileSync(await (await download).path(), "utf8"));
  const cell = (name: string) => row![header!.indexOf(name)];
  expect(cell("username")).toBe(trainee.login);
  expect(cell("chosen_narrative")).toBe("CORRUPTION");
  expect(cell("chosen_narrative_name")).toBe("Corruption, unfairness and racism");
  expect(cell("correct_implication_text")).toBe("Use lived reality to puncture the propaganda's promises");
  expect(cell("answered_at")).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  expect(cell("time_zone")).toBe("UTC");
});

test("an educator reads a scenario in the picker before choosing it", async ({ page, educator }) => {
  await page.goto(`/classes/${educator.klass.id}/exercises/new`);
  const first = page.getByRole("list", { name: "Scenarios to choose from" }).getByRole("listitem").first();
  await first.locator("summary").click();
  await expect(first.locator("blockquote")).toBeVisible();
  await expect(first).toContainText("Key");
  await expect(first.locator("cite a")).toHaveAttribute("href", /^\/sources#/);
  await expect(first.getByRole("checkbox")).not.toBeChecked();
});

test("the class page offers a join link that fills in the code, a copy button and a QR code; deleting looks destructive", async ({
  page,
  educator,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/classes/${educator.klass.id}`);
  const link = page.getByLabel("Join link", { exact: true });
  await expect(link).toHaveValue(new RegExp(`/join\\?code=${educator.klass.joinCode}$`));
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
  await expect(page.getByRole("img", { name: "QR code of the join link" }).locator("svg")).toBeVisible();

  const colour = (name: string) =>
    page.getByRole("button", { name, exact: true }).evaluate((b) => getComputedStyle(b).color);
  expect(await colour("Delete class")).toBe("rgb(166, 27, 27)");
  expect(await colour("Archive class")).not.toBe("rgb(166, 27, 27)");

  await page.getByRole("link", { name: "Show join screen for projection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Join ${educator.klass.name}` })).toBeVisible();
  await expect(page.getByLabel(/^Join code/)).toHaveText(educator.klass.joinCode);
  await expect(page.getByRole("img", { name: "QR code of the join link" })).toBeVisible();
});

test("the dashboard names a weakest narrative only when one narrative alone has the lowest accuracy", async ({
  page,
}) => {
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  const trainee = await makeTrainee(klass);
  const { title } = await makeExerciseOf(klass, [
    testScenario({ title: "Missed boredom" }),
    testScenario({ title: "Missed favouritism", narratives: { primary: "CORRUPTION", accepted: [] } }),
  ]);
  await signIn(page, trainee);
  await page.goto("/practice");
  await page.getByRole("button", { name: `Start ${title}` }).click();
  for (let n = 1; n <= 2; n++) {
    await expect(page.getByRole("heading", { level: 1, name: `Scenario ${n} of 2` })).toBeVisible();
    // Both narratives wrong: Disappointment and Corruption tie at 0%.
    await choose(page, "INFIGHTING", "PLATFORM");
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: n === 2 ? "See summary" : "Next scenario" }).click();
  }
  await signOut(page);

  await signIn(page, educator);
  await page.goto(`/classes/${klass.id}/dashboard`);
  await expect(page.getByText("No single weakest narrative: the lowest accuracy is shared.")).toBeVisible();
  await expect(page.getByText(/Weakest narrative:/)).toHaveCount(0);
});
