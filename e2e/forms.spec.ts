import { expect, makeClass, makeEducator, PASSWORD, test } from "./fixtures";

test("sign-up keeps what was typed after a server-side refusal, never the password, and focuses the field in error", async ({
  page,
}) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Ms Second");
  await page.getByLabel("Email").fill(`second-${Date.now()}@school.test`);
  // Long enough for the form, refused by the server as one character repeated.
  await page.getByLabel("Password").fill("aaaaaaaaaaaa");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name")).toHaveValue("Ms Second");
  await expect(page.getByLabel("Email")).toHaveValue(/^second-\d+@school\.test$/);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page.getByLabel("Password")).toBeFocused();
});

test("joining keeps the code and display name after a refusal and focuses the first field in error", async ({
  page,
}) => {
  const klass = await makeClass(await makeEducator());
  await page.goto("/join");
  await page.getByLabel("Class code").fill("ZZZZZZZZ");
  await page.getByLabel("Display name").fill("Robin");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText("No open class has this code.")).toBeVisible();
  await expect(page.getByLabel("Class code")).toBeFocused();
  await expect(page.getByLabel("Display name")).toHaveValue("Robin");
  await expect(page.getByLabel("Password")).toHaveValue("");

  // A join link fills the code in.
  await page.goto(`/join?code=${klass.joinCode.toLowerCase()}`);
  await expect(page.getByLabel("Class code")).toHaveValue(klass.joinCode);
});

test("a refused exercise keeps its title and moves focus to the error far down the form", async ({
  page,
  educator,
}) => {
  await page.goto(`/classes/${educator.klass.id}/exercises/new`);
  await page.getByLabel("Title").fill("Nothing chosen yet");
  await page.getByRole("radio", { name: /^Assessment/ }).check();
  await page.getByRole("button", { name: "Create exercise" }).click();
  const error = page.getByText("Choose at least one scenario");
  await expect(error).toBeFocused();
  await expect(error).toBeInViewport();
  await expect(page.getByLabel("Title")).toHaveValue("Nothing chosen yet");
  await expect(page.getByRole("radio", { name: /^Assessment/ })).toBeChecked();
});

test("every kind of input is styled and at least 44 px tall", async ({ page, educator }) => {
  const heights = async () =>
    page
      .locator("main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main select")
      .evaluateAll((els) =>
        els
          .filter((e) => (e as HTMLElement).offsetParent)
          .map((e) => [
            (e as HTMLInputElement).name || e.id,
            Math.round(e.getBoundingClientRect().height),
            getComputedStyle(e).borderTopWidth,
          ]),
      );
  await page.goto("/classes");
  await page.getByRole("button", { name: "New class" }).click();
  for (const path of [
    "/classes",
    `/classes/${educator.klass.id}/exercises/new`,
    `/classes/${educator.klass.id}/dashboard`,
  ]) {
    if (path !== "/classes") await page.goto(path);
    const measured = await heights();
    expect(measured.length).toBeGreaterThan(0);
    for (const [name, height, border] of measured) {
      expect(height, `${path} ${name}`).toBeGreaterThanOrEqual(44);
      expect(border, `${path} ${name}`).toBe("1px");
    }
  }
});
