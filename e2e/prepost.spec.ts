import fs from "node:fs";
import type { Page } from "@playwright/test";
import { findOwnedClass } from "@/lib/classes/data";
import { prisma } from "@/lib/db/prisma";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import { buildParallelForms } from "@/lib/prepost/form-builder";
import { createPrePost, openPostTest, startPrePostForm } from "@/lib/prepost/mutations";
import { scenarioChoicesForClass } from "@/lib/scenarios/data";
import { answerAll, type Outcome } from "@/tests/support/prepost";
import { type Account, expect, makeClass, makeEducator, makeTrainee, signIn, signOut, test } from "./fixtures";

const TITLE = "Term check";

/** Answers the form on screen, four scenarios, each with the outcome asked for (the key is read from the bank). */
async function answerForm(page: Page, outcome: Outcome) {
  for (let n = 1; n <= 4; n++) {
    await expect(page.getByRole("heading", { level: 1, name: `Scenario ${n} of 4` })).toBeVisible();
    const title = (await page.locator("#scenario-title").innerText()).trim();
    const row = await prisma.scenario.findFirstOrThrow({ where: { title, isLatest: true }, select: { body: true } });
    const scenario = JSON.parse(row.body) as {
      narratives: { primary: string; accepted: string[] };
      implications: { correct: string; distractors: string[] };
    };
    const { primary, accepted } = scenario.narratives;
    const narrative =
      outcome === "none" ? NARRATIVE_CODES.find((c) => c !== primary && !accepted.includes(c))! : primary;
    const implication = outcome === "both" ? scenario.implications.correct : scenario.implications.distractors[0]!;
    await page
      .getByRole("radiogroup", { name: "Narrative" })
      .getByRole("radio", { name: NARRATIVES[narrative as keyof typeof NARRATIVES].name, exact: true })
      .check();
    await page
      .getByRole("radiogroup", { name: "Policy implication" })
      .getByRole("radio", { name: IMPLICATIONS[implication as keyof typeof IMPLICATIONS].statement, exact: true })
      .check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("heading", { name: "Answer saved" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Feedback" })).toHaveCount(0);
    await page.getByRole("button", { name: n === 4 ? "See summary" : "Next scenario" }).click();
  }
  await expect(page.getByText(/your results appear here once it closes/)).toBeVisible();
}

async function takeTest(page: Page, trainee: Account, role: "pre-test" | "post-test", outcome: Outcome) {
  await signIn(page, trainee);
  await page.goto("/practice");
  await page.getByRole("button", { name: `Start ${TITLE}: ${role}` }).click();
  await answerForm(page, outcome);
  await page.goto("/practice");
  await expect(page.getByRole("listitem").filter({ hasText: `${TITLE}: ${role}` })).toContainText(
    role === "pre-test" ? "Pre-test done" : "Post-test done",
  );
  await signOut(page);
}

test("an educator runs a pre/post pair; two trainees take both forms; the gain view and the report show it", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const educator = await makeEducator();
  const klass = await makeClass(educator);
  const ada = await makeTrainee(klass, "Ada Lovelace");
  const ben = await makeTrainee(klass, "Ben Okri");

  await signIn(page, educator);
  await page.goto(`/classes/${klass.id}`);
  await page.getByRole("link", { name: "New pre/post assessment" }).click();
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Scenarios per form").fill("4");
  await page.getByRole("button", { name: "Build forms" }).click();
  await expect(page.getByRole("status")).toContainText("Forms built: 4 scenarios each");
  await expect(page.getByRole("table", { name: "Scenarios per narrative" })).toBeVisible();
  await page.getByRole("button", { name: "Draw again" }).click();
  await expect(page.getByRole("checkbox", { name: /Swap the forms for half the class/ })).toBeChecked();
  await page.getByRole("button", { name: "Create pre/post assessment" }).click();
  const card = page.getByRole("article").filter({ hasText: TITLE });
  await expect(card).toContainText("Pre-test open");
  await expect(page.getByRole("row", { name: new RegExp(`${TITLE}: form A`) })).toContainText("Assessment");
  await signOut(page);

  // Ada: narrative right, implication wrong (50%); Ben: nothing right (0%). Then both all right (100%).
  await takeTest(page, ada, "pre-test", "narrative");
  await takeTest(page, ben, "pre-test", "none");

  await signIn(page, educator);
  await page.goto(`/classes/${klass.id}`);
  await expect(card).toContainText("2 completed the pre-test");
  await card.getByRole("button", { name: `Open post-test: ${TITLE}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Open post-test" }).click();
  await expect(card).toContainText("Post-test open");
  await signOut(page);

  await takeTest(page, ada, "post-test", "both");
  await takeTest(page, ben, "post-test", "both");

  await signIn(page, educator);
  await page.goto(`/classes/${klass.id}/dashboard`);
  const summary = page.getByRole("row", { name: new RegExp(TITLE) });
  await expect(summary).toContainText("2 of 2");
  await expect(summary).toContainText("+75 (95% CI −243 to +393)");
  await expect(summary).toContainText("1.00");
  await summary.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Learning gain: ${TITLE}` })).toBeVisible();
  await expect(page.getByText("2 of 2 trainees")).toBeVisible();
  await expect(page.getByText(/Mean score: 25% before, 100% after/)).toBeVisible();
  await expect(page.getByText(/Class gain, the gain of the class means/)).toContainText("1.00");
  const adaRow = page.getByRole("row", { name: /Ada Lovelace/ });
  await expect(adaRow).toContainText("50%");
  await expect(adaRow).toContainText("+50");
  await expect(page.getByRole("row", { name: /Ben Okri/ })).toContainText("+100");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export class CSV" }).click();
  const csv = fs.readFileSync(await (await download).path(), "utf8");
  expect(csv.split("\r\n")[1]).toBe('"score","2","0.25","1","0.75","-2.4266","3.9266"');

  await page.goto(`/classes/${klass.id}/report`);
  await expect(page.getByRole("heading", { level: 1, name: `Class report: ${klass.name}` })).toBeVisible();
  await expect(page.getByText(/Trainees in the class: withheld \(fewer than 5\)/)).toBeVisible();
  await expect(page.getByText("Fewer than 5 trainees took both forms")).toBeVisible();
  await expect(page.getByText(/Some figures here are withheld/).first()).toBeVisible();
  await expect(page.locator("main")).not.toContainText("Ada Lovelace");
  await expect(page.locator("main")).not.toContainText("Ben Okri");
});

test("the class report of five trainees shows its figures, and withholds a mix-up only two made", async ({ page }) => {
  const educator = await makeEducator();
  const info = await makeClass(educator);
  const klass = (await findOwnedClass(educator.id, info.id))!;
  const built = buildParallelForms((await scenarioChoicesForClass(klass)).offered, 4);
  if (!built.ok) throw new Error(built.reason);
  const created = await createPrePost(klass, {
    title: TITLE,
    formA: built.formA.map((s) => s.id),
    formB: built.formB.map((s) => s.id),
    counterbalanced: true,
    closesAt: new Date(Date.now() + 86_400_000),
  });
  if (!created.ok) throw new Error(created.error);
  // Pre-tests 50%, 50%, 0%, 0%, 100%; post-tests all 100%: mean 40% → 100%, change +60, class gain 1.00.
  const outcomes: Outcome[] = ["narrative", "narrative", "none", "none", "both"];
  const trainees = [];
  for (const outcome of outcomes) {
    const trainee = await makeTrainee(info);
    trainees.push(trainee);
    const started = await startPrePostForm(trainee.id, created.prePostId);
    if (!started.ok) throw new Error(started.error);
    await answerAll(trainee.id, started.attemptId, outcome);
  }
  await openPostTest(educator.id, klass.id, created.prePostId);
  for (const trainee of trainees) {
    const started = await startPrePostForm(trainee.id, created.prePostId);
    if (!started.ok) throw new Error(started.error);
    await answerAll(trainee.id, started.attemptId, "both");
  }

  await signIn(page, educator);
  await page.goto(`/classes/${klass.id}/report`);
  await expect(page.getByText("Trainees in the class: 5")).toBeVisible();
  await expect(page.getByText("Trainees who took both forms: 5")).toBeVisible();
  const whole = page.getByRole("row", { name: /Whole test/ });
  await expect(whole).toContainText("40%");
  await expect(whole).toContainText("100%");
  await expect(whole).toContainText("+60");
  await expect(page.getByText(/Class gain \(the gain of the class means\): 1\.00/)).toBeVisible();
  for (const code of NARRATIVE_CODES) {
    await expect(
      page.getByRole("table", { name: /Narrative accuracy/ }).getByRole("row", { name: NARRATIVES[code].name }),
    ).toContainText("80%");
  }
  // Two trainees (the "none" pre-tests) took each narrative for another: those cells are withheld.
  await expect(page.getByRole("table", { name: /true narrative/ })).toContainText("withheld");
  await expect(page.getByText(/mean of individual gains: withheld/)).toBeVisible();
  for (const trainee of trainees) await expect(page.locator("main")).not.toContainText(trainee.name);
});

test("an educator leaves out executions for a class, and the exercise picker shows what is left out and why", async ({
  page,
  educator,
}) => {
  await page.goto(`/classes/${educator.klass.id}`);
  const notes = page.getByRole("group", { name: "Leave out scenarios about" });
  await notes.getByRole("checkbox", { name: /^Executions/ }).check();
  await page.getByRole("button", { name: "Save content notes" }).click();
  await expect(
    page.getByText("Saved: scenarios with content notes on executions are left out for this class."),
  ).toBeVisible();

  const owned = (await findOwnedClass(educator.id, educator.klass.id))!;
  const { offered, excluded } = await scenarioChoicesForClass(owned);
  expect(excluded.length).toBeGreaterThan(0);
  await page.reload();
  await expect(notes.getByRole("checkbox", { name: /^Executions/ })).toBeChecked();
  await expect(
    page.getByText(`this class meets ${offered.length} of ${offered.length + excluded.length} scenarios`),
  ).toBeVisible();

  await page.getByRole("link", { name: "New exercise" }).click();
  const note = page.getByRole("region", { name: "Left out for this class" });
  await expect(note).toContainText(`${excluded.length} scenarios are not offered below`);
  await note.getByText("Which scenarios, and why").click();
  await expect(note.getByRole("listitem").first()).toContainText("executions");
  await expect(page.getByText(`0 selected · ${offered.length} shown`)).toBeVisible();
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const { choice } of excluded) {
    await expect(page.getByRole("checkbox", { name: new RegExp(`^${escape(choice.title)}`) })).toHaveCount(0);
  }
});
