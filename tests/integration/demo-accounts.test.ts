import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_CLASS_NAME, syncDemoAccounts } from "@/lib/accounts/demo-mutations";
import { prisma } from "@/lib/db/prisma";

describe("demo accounts", () => {
  it("are created once, with the demo trainee in the demo educator's demo class", async () => {
    await syncDemoAccounts(true, prisma);
    await syncDemoAccounts(true, prisma);
    const emails = DEMO_ACCOUNTS.map((a) => a.email);
    expect(await prisma.user.count({ where: { email: { in: emails }, disabledAt: null } })).toBe(3);
    const demoClass = await prisma.class.findFirstOrThrow({
      where: { name: DEMO_CLASS_NAME, educator: { email: "educator@demo.local" } },
      include: { members: { include: { user: true } } },
    });
    expect(demoClass.members.map((m) => m.user.email)).toEqual(["trainee@demo.local"]);
  });

  it("are disabled and signed out when SEED_DEMO is off", async () => {
    await syncDemoAccounts(true, prisma);
    const before = await prisma.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
    await syncDemoAccounts(false, prisma);
    const after = await prisma.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
    for (const user of after) {
      expect(user.disabledAt).not.toBeNull();
      expect(user.sessionVersion).toBe(before.find((b) => b.id === user.id)!.sessionVersion + 1);
    }
  });
});
