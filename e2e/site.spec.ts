import { expect, makeClass, makeEducator, makeTrainee, PASSWORD, test } from "./fixtures";

test("the start page explains the programme and links onwards", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Read about the four narratives" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The four narratives" })).toBeVisible();
  for (const name of [
    "Infighting against fellow Sunnis",
    "Brutality against the people IS claims to protect",
    "Corruption, unfairness and racism",
    "A harsh and disappointing life",
  ]) {
    const section = page.getByRole("region", { name });
    await expect(section).toBeVisible();
    await expect(section.getByRole("figure")).toHaveCount(2);
  }
});

test("practice asks a signed-out visitor to sign in and returns there", async ({ page }) => {
  const trainee = await makeTrainee(await makeClass(await makeEducator()));
  await page.goto("/practice");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fpractice/);
  await page.getByLabel("Email or username").fill(trainee.login);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  const trainee = await makeTrainee(await makeClass(await makeEducator()));
  await page.goto("/signin");
  await page.getByLabel("Email or username").fill(trainee.login);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "That email or username and password do not match an account." }),
  ).toBeVisible();
});

test("signing out works from any page", async ({ page, trainee }) => {
  await page.goto("/narratives");
  await expect(page.getByRole("banner")).toContainText(trainee.name);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/signin/);
});

test("the sources page lists every source", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.getByRole("navigation", { name: "Contents" }).getByRole("link")).toHaveCount(5);
  await expect(page.locator("section.source")).toHaveCount(5);
});

test("security headers are sent", async ({ page }) => {
  const response = await page.goto("/");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("the header holds brand, links, name and sign-out on one row at 1280 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const educator = await makeEducator("Dr Alexandra Long-Surname");
  await page.goto("/signin");
  await page.getByLabel("Email or username").fill(educator.login);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  const header = page.getByRole("banner");
  await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
  const middle = async (name: string) => {
    const box = (await header
      .getByRole("link", { name })
      .or(header.getByRole("button", { name }))
      .first()
      .boundingBox())!;
    return box.y + box.height / 2;
  };
  const brand = await middle("Defector Narratives");
  for (const name of ["Classes", "Sources", "Account: Dr Alexandra Long-Surname", "Sign out"]) {
    expect(Math.abs((await middle(name)) - brand), name).toBeLessThan(8);
  }
  await expect(header.getByRole("button", { name: "Menu" })).toBeHidden();
});
