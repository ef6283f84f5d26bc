import type { APIRequestContext } from "@playwright/test";
import { prisma } from "@/lib/db/prisma";
import { expect, makeClass, makeEducator, makeTrainee, PASSWORD, signIn, signOut, test } from "./fixtures";

// What an attacker with curl tries: forged headers, copied cookies, malformed and cross-origin requests.

/** A sign-in through next-auth's credentials endpoint, as a script would send it; the URL it answers with. */
async function credentialsSignIn(request: APIRequestContext, login: string, password: string, forwardedFor: string) {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, login, password, json: "true" },
    headers: { "X-Forwarded-For": forwardedFor },
  });
  return decodeURIComponent(((await response.json()) as { url: string }).url);
}

test.describe("the sign-in rate limit", () => {
  // Counters are shared by every test on this server: leave none behind for the next test's sign-ins.
  test.afterEach(async () => {
    await prisma.rateLimit.deleteMany({});
  });

  test("cannot be escaped by sending a new X-Forwarded-For with every try", async ({ request }) => {
    for (let i = 0; i < 10; i++) {
      const url = await credentialsSignIn(request, `nobody-${i}@e2e.test`, "wrong password", `198.51.100.${i}`);
      expect(url).toContain("CredentialsSignin");
    }
    const educator = await makeEducator();
    const url = await credentialsSignIn(request, educator.login, PASSWORD, "203.0.113.99");
    expect(url).toMatch(/Too many attempts/);
  });
});

test("a copied session cookie stops working once its owner signs out", async ({ page, playwright, baseURL }) => {
  const trainee = await makeTrainee(await makeClass(await makeEducator()));
  await signIn(page, trainee);
  const copied = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  const elsewhere = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Cookie: `${copied.name}=${copied.value}` },
  });
  expect((await elsewhere.get("/api/account/export")).status()).toBe(200);
  await signOut(page);
  expect((await elsewhere.get("/api/account/export")).status()).toBe(401);
  await elsewhere.dispose();
});

test("pages run their scripts under a nonce policy without inline-script exceptions", async ({ page, trainee }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/practice");
  const policy = response!.headers()["content-security-policy"]!;
  const scripts = policy.split("; ").find((d) => d.startsWith("script-src"))!;
  expect(scripts).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+'$/);
  const nonce = /'nonce-([^']+)'/.exec(scripts)![1];
  // Every script the page carries has this response's nonce (the browser hides it from the attribute, not the DOM
  // property).
  const nonces = await page
    .locator("script")
    .evaluateAll((elements) => elements.map((e) => (e as HTMLScriptElement).nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonce]));
  // And the page works: client components hydrate and act.
  await page.getByLabel("Session length").selectOption("5");
  await page.getByRole("button", { name: "Start practice" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Scenario 1 of 5" })).toBeVisible();
  expect(violations).toEqual([]);
  expect(trainee.klass).toBeTruthy();
});

test("malformed, unexpected and cross-origin requests get a clear 4xx, never a 500", async ({
  page,
  request,
  baseURL,
}) => {
  const educator = await makeEducator();
  await signIn(page, educator);
  for (const path of ["/classes/%E0%A4%A", "/practice/%ZZ", "/api/attempts/%E0%A4%A/answers"]) {
    expect((await request.get(path)).status(), path).toBe(400);
  }
  for (const method of ["PUT", "DELETE", "PATCH", "TRACE"]) {
    expect((await request.fetch("/", { method })).status(), method).toBe(405);
  }
  // A server action, called from another site: the new-class form's own action, taken from the page.
  await page.goto("/classes");
  await page.getByRole("button", { name: "New class" }).click();
  const actionId = await page.evaluate(() => {
    for (const input of document.querySelectorAll<HTMLInputElement>("input[type=hidden]")) {
      if (input.name.startsWith("$ACTION_ID_")) return input.name.slice("$ACTION_ID_".length);
      if (/^\$ACTION_\d+:0$/.test(input.name)) return (JSON.parse(input.value) as { id: string }).id;
    }
    return null;
  });
  expect(actionId).toMatch(/^[0-9a-f]{40,}$/);
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const headers = { Cookie: cookies, "Next-Action": actionId ?? "unknown" };
  const crossSite = await request.post("/classes", {
    headers: { ...headers, Origin: "https://evil.example" },
    multipart: { "0": '["$K1"]', "1_name": "Planted" },
  });
  expect(crossSite.status()).toBe(403);
  const malformed = await request.post("/classes", {
    headers: { ...headers, Origin: baseURL! },
    multipart: { "0": '["$@99"]' },
  });
  expect(malformed.status()).toBe(400);
  const oversized = await request.post("/classes", {
    headers: { ...headers, Origin: baseURL! },
    multipart: { "0": '["$K1"]', "1_name": "x".repeat(1_100_000) },
  });
  expect(oversized.status()).toBe(413);
  expect(await prisma.class.count({ where: { educatorId: educator.id, name: "Planted" } })).toBe(0);
});
