import crypto from "node:crypto";
import { expect, test as base, type Page } from "@playwright/test";
import { createEducator, createTraineeInClass } from "@/lib/accounts/mutations";
import { hashPassword } from "@/lib/auth/password";
import { findOwnedClass } from "@/lib/classes/data";
import { createClass } from "@/lib/classes/mutations";
import { scenarioSchema, type ScenarioInput } from "@/lib/content/scenario-schema";
import { prisma } from "@/lib/db/prisma";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import { createExercise } from "@/lib/exercises/mutations";
import { upsertScenarios } from "@/lib/scenarios/mutations";

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
  await expect(page).not.toHaveURL(/\/signin/);
  await expect(page.getByRole("banner").getByRole("link", { name: /^Account: /, includeHidden: true })).toBeAttached();
}

/** On a phone the header's controls sit behind its Menu button. */
export async function openMenu(page: Page) {
  const menu = page.getByRole("button", { name: "Menu" });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
}

export async function signOut(page: Page) {
  await openMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in", includeHidden: true })).toBeAttached();
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

/**
 * An exercise on a class made of scenarios written for the test (unique slugs), open now. The scenarios are retired
 * from the bank once the exercise pins them, so no other test's practice draws them.
 */
export async function makeExerciseOf(
  klass: ClassInfo,
  scenarios: ScenarioInput[],
  options: { title?: string; mode?: "PRACTICE" | "ASSESSMENT" } = {},
): Promise<{ id: string; title: string }> {
  const tag = unique();
  const parsed = scenarios.map((s, i) => scenarioSchema.parse({ ...s, slug: `e2e-${tag}-${i}` }));
  await upsertScenarios(parsed);
  const rows = await prisma.scenario.findMany({ where: { slug: { in: parsed.map((s) => s.slug) } } });
  const ids = parsed.map((s) => rows.find((r) => r.slug === s.slug)!.id);
  const owned = await prisma.class.findUniqueOrThrow({ where: { id: klass.id } });
  const klassOwned = (await findOwnedClass(owned.educatorId, klass.id))!;
  const title = options.title ?? `Exercise ${tag}`;
  const created = await createExercise(klassOwned, {
    title,
    scenarioIds: ids,
    mode: options.mode ?? "PRACTICE",
    opensAt: new Date(Date.now() - 60_000),
    closesAt: new Date(Date.now() + 86_400_000),
    attemptsAllowed: 1,
  });
  if (!created.ok) throw new Error(created.error);
  await prisma.scenario.updateMany({ where: { id: { in: ids } }, data: { isLatest: false } });
  return { id: created.exerciseId, title };
}

const EXPLAINED = "This explanation says why the option tempts here and why it is still not the answer to give.";

/**
 * A valid scenario for makeExerciseOf; tests override what they look at. Every narrative but the primary is explained
 * (with the test's own words where it gives them), as the bank's rules require.
 */
export function testScenario(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  const primary = overrides.narratives?.primary ?? "DISAPPOINTMENT";
  const explanations = {
    narrative:
      "Dull duties and missing luxuries are the fourth narrative, as the report describes it in its own words.",
    implication:
      "Lived reality punctures the propaganda's promises, which is what this implication names for the class.",
    distractors: { PLATFORM: EXPLAINED, NOT_SAINTS: EXPLAINED, SUNNI_FRAMING: EXPLAINED },
    ...overrides.explanations,
  };
  const given = (overrides.explanations?.narratives ?? {}) as Partial<Record<NarrativeCode, string>>;
  return {
    slug: "placeholder",
    version: 1,
    title: `A test scenario ${unique()}`,
    kind: "documented",
    testimony: "A defector says the promised cars never came and the duties were dull.",
    speaker: "A defector, as the press reports him",
    source: {
      seed: "000_f9a30c9a0b9f7441.txt",
      publisher: "The Independent",
      date: "21 September 2015",
      passage: "Others described their actual duties within Isis as dull and boring",
    },
    narratives: { primary, accepted: [] },
    implications: { correct: "EXPOSE_UTOPIA", distractors: ["PLATFORM", "NOT_SAINTS", "SUNNI_FRAMING"] },
    difficulty: 1,
    discussion: "What would a recruit who expected action make of this account?",
    ...overrides,
    explanations: {
      ...explanations,
      narratives: Object.fromEntries(
        NARRATIVE_CODES.filter((code) => code !== primary).map((code) => [code, given[code] ?? EXPLAINED]),
      ),
    },
  };
}
