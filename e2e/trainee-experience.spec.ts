import { choose, currentScenario } from "./bank";
import { expect, makeExerciseOf, testScenario, traineeTest as test } from "./fixtures";
import { answerCurrent, startSession } from "./support";

const CODES =
  /\b(INFIGHTING|BRUTALITY|CORRUPTION|DISAPPOINTMENT|PLATFORM|RESETTLE_PROTECT|LEGAL_DISINCENTIVES|SUNNI_FRAMING|EXPOSE_UTOPIA|NETWORK_MESSENGERS|CREDIBILITY_LIMITS|NOT_SAINTS)\b/;

test("after Next scenario the question opens at its top with focus on its heading", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 640 });
  await startSession(page, "5");
  await answerCurrent(page);
  await page.getByRole("button", { name: "Next scenario" }).click();
  const heading = page.getByRole("heading", { level: 1, name: "Scenario 2 of 5" });
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole("article").locator("blockquote")).toBeInViewport();
  for (let n = 2; n <= 5; n++) {
    await expect(page.getByRole("heading", { level: 1, name: `Scenario ${n} of 5` })).toBeFocused();
    await answerCurrent(page);
    await page.getByRole("button", { name: n === 5 ? "See summary" : "Next scenario" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Session summary" })).toBeFocused();
});

test("a reload keeps the choices before checking, and the feedback after it until the trainee moves on", async ({
  page,
}) => {
  await startSession(page, "5");
  const narrative = page.getByRole("radiogroup", { name: "Narrative" }).getByRole("radio").nth(2);
  const implication = page.getByRole("radiogroup", { name: "Policy implication" }).getByRole("radio").nth(1);
  await narrative.check();
  await implication.check();
  await page.reload();
  await expect(narrative).toBeChecked();
  await expect(implication).toBeChecked();

  await page.getByRole("button", { name: "Check answer" }).click();
  const verdict = page.getByRole("heading", { name: /^Narrative:/ });
  await expect(verdict).toBeVisible();
  const shown = await page.locator(".feedback").innerText();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 1 of 5" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible();
  expect(await page.locator(".feedback").innerText()).toBe(shown);
  await expect(narrative).toBeChecked();
  await expect(narrative).toBeDisabled();

  await page.getByRole("button", { name: "Next scenario" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 2 of 5" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 2 of 5" })).toBeVisible();
  await expect(page.locator(".feedback")).toHaveCount(0);
});

test("feedback names narratives and implications, answers the trainee's own choice, and cites by title", async ({
  page,
  trainee,
}) => {
  const passage =
    "Others described their actual duties within Isis as dull and boring, complaining about the lack of actual fighting";
  const { title } = await makeExerciseOf(trainee.klass, [
    testScenario({
      source: { seed: "000_f9a30c9a0b9f7441.txt", publisher: "The Independent", date: "21 September 2015", passage },
      explanations: {
        narrative: "DISAPPOINTMENT is primary: INFIGHTING is not at issue.",
        implication: "EXPOSE_UTOPIA fits: lived reality punctures the promises.",
        distractors: { PLATFORM: "Weaker here.", NOT_SAINTS: "Weaker here.", SUNNI_FRAMING: "Weaker here." },
        narratives: { CORRUPTION: "Being kept on dull duties can feel unfair, but nobody is favoured here." },
      },
      discussion: "How would you use an account of boredom without making light of the fighting?",
    }),
  ]);
  await page.goto("/practice");
  await page.getByRole("button", { name: `Start ${title}` }).click();

  const citation = page.getByRole("article").locator("cite");
  await expect(citation).toContainText("The Independent, 21 September 2015");
  await expect(citation).not.toContainText(".txt");
  await choose(page, "CORRUPTION", "PLATFORM");
  await page.getByRole("button", { name: "Check answer" }).click();
  const feedback = page.locator(".feedback");
  await expect(feedback).toContainText("“Infighting against fellow Sunnis” is not at issue");
  await expect(feedback).toContainText("Being kept on dull duties can feel unfair, but nobody is favoured here.");
  await expect(feedback).toContainText("How would you use an account of boredom");
  expect(await feedback.innerText()).not.toMatch(CODES);

  const link = feedback.locator("cite a");
  await expect(link).toHaveText(/^Isis recruits are defecting/);
  await link.click();
  await expect(page).toHaveURL(/\/sources#000_f9a30c9a0b9f7441-p\d+$/);
  const target = page.locator(":target");
  await expect(target).toContainText("dull and boring");
  await expect(target).toBeInViewport();
});

test("the summary marks each part of each answer, shows the mistakes again apart as partly right and wrong, and offers to practise them", async ({
  page,
}) => {
  await startSession(page, "5");
  const plan = ["right", "partly", "wrong", "right", "right"] as const;
  for (let n = 1; n <= 5; n++) {
    await expect(page.getByRole("heading", { level: 1, name: `Scenario ${n} of 5` })).toBeVisible();
    const s = await currentScenario(page);
    const wrongNarrative = (["INFIGHTING", "BRUTALITY", "CORRUPTION", "DISAPPOINTMENT"] as const).find(
      (c) => c !== s.narratives.primary && !s.narratives.accepted.includes(c),
    )!;
    const outcome = plan[n - 1]!;
    await choose(
      page,
      outcome === "wrong" ? wrongNarrative : s.narratives.primary,
      outcome === "right" ? s.implications.correct : s.implications.distractors[0]!,
    );
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: n === 5 ? "See summary" : "Next scenario" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Session summary" })).toBeVisible();
  await expect(page.getByText("3 right, 1 partly right, 1 wrong")).toBeVisible();
  const marks = page.getByRole("region", { name: "Each answer, part by part" });
  await expect(marks.getByRole("row")).toHaveCount(6);
  await expect(marks.getByRole("row").nth(2)).toContainText("Right");
  await expect(marks.getByRole("row").nth(2)).toContainText("Wrong");
  const partly = page.getByRole("region", { name: "Partly right (1)" });
  const wrong = page.getByRole("region", { name: "Wrong (1)" });
  await expect(partly.locator("blockquote")).toBeVisible();
  await expect(wrong.locator("blockquote")).toBeVisible();
  await expect(wrong).toContainText("Narrative wrong");

  await page.getByRole("button", { name: "Practise my mistakes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 1 of 2" })).toBeVisible();
});
