import type { Page } from "@playwright/test";
import { expect, makeClass, makeEducator, PASSWORD as password, signIn, signOut, test } from "./fixtures";

async function signUpEducator(page: Page, name: string, email: string) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();
}

test("an educator runs a class that a trainee joins, and another educator cannot open it", async ({ page }) => {
  const stamp = Date.now();
  await signUpEducator(page, "Ms Rivera", `rivera-${stamp}@school.test`);
  await page.getByRole("button", { name: "New class" }).click();
  await page.getByLabel("Class name").fill("Prevention 101");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Prevention 101" })).toBeVisible();
  const code = (await page.getByLabel(/^Join code( [A-Z0-9]){8}$/).innerText()).trim();
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
  const classUrl = page.url();
  await signOut(page);

  await page.goto("/join");
  await page.getByLabel("Class code").fill(code.toLowerCase());
  await page.getByLabel("Display name").fill("Jo <b>not bold</b>");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("heading", { name: "Your username" })).toBeVisible();
  const username = (await page.locator(".username-reveal").innerText()).trim();
  expect(username).toMatch(/^[a-z]+-[a-z]+-\d{3}$/);
  await page.getByRole("button", { name: /I have noted my username/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
  await page.goto("/classes");
  await expect(page.getByRole("listitem").filter({ hasText: "Prevention 101" })).toBeVisible();
  await signOut(page);

  await signIn(page, { login: username });
  await expect(page.getByText("Jo <b>not bold</b>")).toBeVisible();
  await signOut(page);

  await signIn(page, { login: `rivera-${stamp}@school.test` });
  await page.goto(classUrl);
  await expect(page.getByRole("row", { name: /Jo <b>not bold<\/b>/ })).toBeVisible();
  await signOut(page);

  await signUpEducator(page, "Mr Other", `other-${stamp}@school.test`);
  const response = await page.goto(classUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("a trainee cannot reach educator or admin pages, not even their own educator's class", async ({
  page,
  trainee,
}) => {
  for (const path of ["/admin", `/classes/${trainee.klass.id}`, `/classes/${trainee.klass.id}/dashboard`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
  await page.goto("/classes");
  await expect(page.getByRole("button", { name: "New class" })).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: trainee.klass.name })).toBeVisible();
});

test("sign-up shows each field's problem next to it and keeps nothing half-made", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("   ");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a name")).toBeVisible();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
});

test("an unknown class code is refused with a clear message", async ({ page }) => {
  await page.goto("/join");
  await page.getByLabel("Class code").fill("ZZZZZZZZ");
  await page.getByLabel("Display name").fill("Someone");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText("No open class has this code. Check it with your educator.")).toBeVisible();
});

test("an educator sees their own class's roster, and another educator's class is not found", async ({
  page,
  educator,
}) => {
  const other = await makeClass(await makeEducator(), "Someone else's class");
  await page.goto(`/classes/${educator.klass.id}`);
  await expect(page.getByRole("heading", { level: 1, name: educator.klass.name })).toBeVisible();
  const response = await page.goto(`/classes/${other.id}`);
  expect(response?.status()).toBe(404);
  expect((await page.goto(`/classes/${other.id}/dashboard`))?.status()).toBe(404);
});

test("the account page offers password change, data download, sign out everywhere and deletion", async ({
  page,
  trainee,
}) => {
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("my-data.json");
  const data = JSON.parse(await (await import("node:fs/promises")).readFile((await file.path())!, "utf8"));
  expect(data).toMatchObject({ account: { id: trainee.id, username: trainee.login } });
  await expect(page.getByRole("button", { name: "Sign out everywhere" })).toBeVisible();
  await page.getByRole("button", { name: "Delete account" }).click();
  await expect(page.getByRole("alertdialog", { name: "Delete account" })).toContainText("answers stay");
  await page.getByRole("button", { name: "Cancel" }).click();
});

test("sign out everywhere ends the session in every other browser at once", async ({ page, browser }) => {
  const email = `everywhere-${Date.now()}@school.test`;
  await signUpEducator(page, "Ms Everywhere", email);
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await signIn(elsewhere, { login: email });
  // Several requests, so every server worker has checked this session and holds it in its cache.
  for (let i = 0; i < 4; i++) await elsewhere.goto("/classes");
  await expect(elsewhere.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);
  for (let i = 0; i < 4; i++) {
    await elsewhere.goto("/classes");
    await expect(elsewhere).toHaveURL(/\/signin/);
  }
  await other.close();
});
