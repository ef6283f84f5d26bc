import fs from "node:fs";
import path from "node:path";
import { expect, makeClass, makeEducator, makeTrainee, signIn, signOut, traineeTest as test } from "./fixtures";
import { answerCurrent, startSession } from "./support";

test("a trainee answers a full session and sees the summary", async ({ page }) => {
  await startSession(page, "10");
  for (let n = 1; n <= 10; n++) {
    await expect(page.getByRole("heading", { level: 1, name: `Scenario ${n} of 10` })).toBeVisible();
    await expect(page.getByRole("article").locator("cite a")).toHaveAttribute("href", /^\/sources#\d{3}_[0-9a-f]{16}/);
    await answerCurrent(page);
    await expect(page.getByRole("heading", { name: /^Narrative:/ })).toBeVisible();
    await page.getByRole("button", { name: n === 10 ? "See summary" : "Next scenario" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Session summary" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Policy implications 10/ })).toBeVisible();
  await expect(page.getByText(/You scored .* of 20 points/)).toBeVisible();

  await page.getByRole("link", { name: "See your progress" }).click();
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Over time" })).toBeVisible();
});

test("reloading in the middle of a session resumes at the same point", async ({ page }) => {
  await startSession(page, "5");
  await answerCurrent(page);
  await page.getByRole("button", { name: "Next scenario" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 2 of 5" })).toBeVisible();
  await answerCurrent(page);
  // Until the trainee moves on, a reload shows the feedback on the question just checked.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 2 of 5" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Session progress" })).toHaveAttribute("aria-valuenow", "2");

  await page.goto("/practice");
  await page.getByRole("link", { name: "Resume session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 3 of 5" })).toBeVisible();
});

test("a double submit is stored once", async ({ page }) => {
  await startSession(page, "5");
  await page.getByRole("radiogroup", { name: "Narrative" }).getByRole("radio").first().check();
  await page.getByRole("radiogroup", { name: "Policy implication" }).getByRole("radio").first().check();
  const sent = page.waitForRequest((r) => r.url().includes("/answers") && r.method() === "POST");
  await page.getByRole("button", { name: "Check answer" }).dblclick();
  const request = await sent;
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible();

  // The same submission arriving twice more, as a flaky network would resend it.
  const replays = await Promise.all(
    [1, 2].map(() => page.request.post(request.url(), { data: request.postDataJSON() })),
  );
  for (const replay of replays) {
    expect(replay.status()).toBe(200);
    expect(await replay.json()).toMatchObject({ replayed: true });
  }
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 1 of 5" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Session progress" })).toHaveAttribute("aria-valuenow", "1");
  await page.getByRole("button", { name: "Next scenario" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 2 of 5" })).toBeVisible();
});

test("a lost connection shows a retry and loses nothing", async ({ page }) => {
  await startSession(page, "5");
  await page.route("**/answers", (route) => route.abort("internetdisconnected"), { times: 1 });
  await page.getByRole("radiogroup", { name: "Narrative" }).getByRole("radio").nth(1).check();
  await page.getByRole("radiogroup", { name: "Policy implication" }).getByRole("radio").first().check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "connection was lost" })).toBeVisible();
  await expect(page.getByRole("radiogroup", { name: "Narrative" }).getByRole("radio").nth(1)).toBeChecked();
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible();
});

test("a scenario can be answered by keyboard alone", async ({ page }) => {
  await startSession(page, "5");
  await page.getByRole("radiogroup", { name: "Narrative" }).getByRole("radio").first().focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.getByRole("radiogroup", { name: "Policy implication" }).getByRole("radio").first()).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Check answer" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Feedback" })).toBeVisible();
  // Focus is on the feedback: the citation it ends with, then the way on.
  await page.keyboard.press("Tab");
  await expect(page.locator(".feedback cite a")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Next scenario" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 2 of 5" })).toBeVisible();
});

test("checking without choosing says what is missing", async ({ page }) => {
  await startSession(page, "5");
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByText("Choose the narrative this testimony carries.")).toBeVisible();
  await expect(page.getByText("Choose the policy implication it supports.")).toBeVisible();
});

test("another trainee's session is not found", async ({ page, trainee }) => {
  // Another trainee starts a session; this trainee then opens its address.
  await startSession(page, "5");
  const mine = page.url();
  const other = await makeTrainee(await makeClass(await makeEducator()));
  await signOut(page);
  await signIn(page, other);
  await startSession(page, "5");
  const theirs = page.url();
  await signOut(page);
  await signIn(page, trainee);
  const response = await page.goto(theirs);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await page.goto(mine);
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 1 of 5" })).toBeVisible();
});

test("composite scenarios are labelled as composites, documented ones as documented cases", async ({ page }) => {
  const kinds = new Map(
    fs
      .readdirSync("content/scenarios")
      .map(
        (file) =>
          JSON.parse(fs.readFileSync(path.join("content/scenarios", file), "utf8")) as { title: string; kind: string },
      )
      .map((s) => [s.title, s.kind]),
  );
  const seen = new Set<string>();
  // Recently answered scenarios are held back, so a few sessions are bound to reach a composite.
  for (let session = 0; session < 12 && !seen.has("composite"); session++) {
    await startSession(page, "5");
    for (let n = 1; n <= 5; n++) {
      const title = await page.getByRole("article").getByRole("heading", { level: 2 }).innerText();
      const kind = kinds.get(title);
      expect(kind).toBeDefined();
      seen.add(kind!);
      const label = page
        .getByRole("article")
        .getByText(kind === "composite" ? "Composite" : "Documented case", { exact: true });
      await expect(label).toBeVisible();
      if (kind === "composite") break;
      await answerCurrent(page);
      await page.getByRole("button", { name: n === 5 ? "See summary" : "Next scenario" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: n === 5 ? "Session summary" : `Scenario ${n + 1} of 5` }),
      ).toBeVisible();
    }
  }
  expect(seen).toContain("composite");
});
