import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_CLASS_NAME, DEMO_PASSWORD, syncDemoAccounts } from "@/lib/accounts/demo-mutations";
import { demoNotice, demoPolicy } from "@/lib/accounts/demo-policy";
import { prisma } from "@/lib/db/prisma";

const emails = DEMO_ACCOUNTS.map((a) => a.email);
const demoUsers = () => prisma.user.findMany({ where: { email: { in: emails } }, orderBy: { email: "asc" } });

describe("the demo account policy", () => {
  it("is on for a fresh clone's localhost URL, admin included", () => {
    expect(demoPolicy({ PORT: 3000 })).toMatchObject({ enabled: true, admin: true, local: true });
    expect(demoPolicy({ PORT: 3000, NEXTAUTH_URL: "http://127.0.0.1:3000" })).toMatchObject({ enabled: true });
  });

  it("is off for any other URL unless SEED_DEMO=true, and never has the admin there", () => {
    expect(demoPolicy({ PORT: 3000, NEXTAUTH_URL: "https://training.example.org" })).toMatchObject({
      enabled: false,
      admin: false,
    });
    expect(demoPolicy({ PORT: 3000, NEXTAUTH_URL: "https://training.example.org", SEED_DEMO: true })).toMatchObject({
      enabled: true,
      admin: false,
    });
    // A host that merely starts with "localhost" is not this machine.
    expect(demoPolicy({ PORT: 3000, NEXTAUTH_URL: "https://localhost.example.org" }).enabled).toBe(false);
  });

  it("is off on localhost with SEED_DEMO=false", () => {
    expect(demoPolicy({ PORT: 3000, SEED_DEMO: false })).toMatchObject({ enabled: false, admin: false });
  });

  it("says loudly at start-up that the demo accounts are on, and which", () => {
    const local = demoNotice(demoPolicy({ PORT: 3000 }), DEMO_PASSWORD, DEMO_ACCOUNTS).join("\n");
    expect(local).toMatch(/DEMO ACCOUNTS ARE ON/);
    expect(local).toContain("admin@demo.local");
    const publicUrl = demoPolicy({ PORT: 3000, NEXTAUTH_URL: "https://training.example.org", SEED_DEMO: true });
    const notice = demoNotice(publicUrl, DEMO_PASSWORD, DEMO_ACCOUNTS).join("\n");
    expect(notice).toMatch(/DEMO ACCOUNTS ARE ON/);
    expect(notice).not.toContain("admin@demo.local");
    expect(demoNotice(demoPolicy({ PORT: 3000, SEED_DEMO: false }), DEMO_PASSWORD, DEMO_ACCOUNTS).join()).toMatch(
      /off/,
    );
  });
});

describe("demo accounts", () => {
  it("are created once, with the demo trainee in the demo educator's demo class", async () => {
    await syncDemoAccounts({ enabled: true, admin: true }, prisma);
    await syncDemoAccounts({ enabled: true, admin: true }, prisma);
    expect(await prisma.user.count({ where: { email: { in: emails }, disabledAt: null } })).toBe(3);
    const demoClass = await prisma.class.findFirstOrThrow({
      where: { name: DEMO_CLASS_NAME, educator: { email: "educator@demo.local" } },
      include: { members: { include: { user: true } } },
    });
    expect(demoClass.members.map((m) => m.user.email)).toEqual(["trainee@demo.local"]);
  });

  it("keep the admin disabled and signed out when the policy has no admin", async () => {
    await syncDemoAccounts({ enabled: true, admin: true }, prisma);
    await syncDemoAccounts({ enabled: true, admin: false }, prisma);
    const byEmail = new Map((await demoUsers()).map((u) => [u.email, u]));
    expect(byEmail.get("admin@demo.local")!.disabledAt).not.toBeNull();
    expect(byEmail.get("educator@demo.local")!.disabledAt).toBeNull();
    expect(byEmail.get("trainee@demo.local")!.disabledAt).toBeNull();
  });

  it("are disabled and signed out when SEED_DEMO is off", async () => {
    await syncDemoAccounts({ enabled: true, admin: true }, prisma);
    const before = await demoUsers();
    await syncDemoAccounts({ enabled: false, admin: false }, prisma);
    const after = await demoUsers();
    for (const user of after) {
      expect(user.disabledAt).not.toBeNull();
      expect(user.sessionVersion).toBe(before.find((b) => b.id === user.id)!.sessionVersion + 1);
    }
  });
});
