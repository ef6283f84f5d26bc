import crypto from "node:crypto";
import { expect, test as base, type Page } from "@playwright/test";
import { createEducator, createTraineeInClass } from "@/lib/accounts/mutations";
import { hashPassword } from "@/lib/auth/password";
import { createClass } from "@/lib/classes/mutations";
import { prisma } from "@/lib/db/prisma";

// Every test makes its own people through the data layer, so tests cannot interfere with each other and the demo
// accounts can be off. The database is the one the server under test uses (playwright.config.ts).

export const PASSWORD = "violet tram at dusk 42";

export interface Account {
  id: string;
  /** What the person types into "Email or username". */
  login: string;
  name: string;
}

export interface ClassInfo {
  id: string;
  name: string;
  joinCode: string;
}

const unique = () => crypto.randomUUID().slice(0, 8);

export async function makeEducator(name = `Educator ${unique()}`): Promise<Account> {
  const email = `educator-${unique()}@e2e.test`;
  const created = await createEducator({ name, email, password: PASSWORD });
  if (!created.ok) throw new Error(created.error);
  return { id: created.userId, login: email, name };
}

export async function makeAdmin(): Promise<Account> {
  const email = `admin-${unique()}@e2e.test`;
  const user = await prisma.user.create({
    data: { email, displayName: "Admin", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) },
  });
  return { id: user.id, login: email, name: user.displayName };
}

export async function makeClass(educator: Account, name = `Class ${unique()}`): Promise<ClassInfo> {
  const { id, joinCode } = await createClass(educator.id, name);
  return { id, name, joinCode };
}

export async function makeTrainee(klass: ClassInfo, name = `Trainee ${unique()}`): Promise<Account> {
  const { userId, username } = await createTraineeInClass({ classId: klass.id, displayName: name, password: PASSWORD });
  return { id: userId, login: username, name };
}

export async function signIn(page: Page, account: Pick<Account, "login">) {
  await page.goto("/signin");
  await page.getByLabel("Email or username").fill(account.login);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

interface Fixtures {
  /** An educator with one class, signed in on `page`. */
  educator: Account & { klass: ClassInfo };
  /** A trainee in a class of their own educator's, signed in on `page`. */
  trainee: Account & { klass: ClassInfo; educator: Account };
}

export const test = base.extend<Fixtures>({
  educator: async ({ page }, provide) => {
    const educator = await makeEducator();
    const klass = await makeClass(educator);
    await signIn(page, educator);
    await provide({ ...educator, klass });
  },
  trainee: async ({ page }, provide) => {
    const educator = await makeEducator();
    const klass = await makeClass(educator);
    const trainee = await makeTrainee(klass);
    await signIn(page, trainee);
    await provide({ ...trainee, klass, educator });
  },
});

/** For files where every test is a signed-in trainee's: the `trainee` fixture runs even when a test does not name it. */
export const traineeTest = test.extend<{ signedInTrainee: void }>({
  signedInTrainee: [async ({ trainee }, provide) => provide(void trainee), { auto: true }],
});

export { expect };
