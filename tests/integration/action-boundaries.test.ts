import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

// The session is the request's; here it is whoever the test says. The database is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("@/lib/auth/request-address", () => ({ requestAddress: async () => "10.9.9.9" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { setEducatorEnabledAction, setOpenSignUpAction } = await import("@/app/admin/actions");
const { createClassAction, deleteClassAction, removeMemberAction, rotateJoinCodeAction } = await import("@/app/classes/actions");
const { joinWithCodeAction } = await import("@/app/join/actions");
const { GET: exportClass } = await import("@/app/api/classes/[classId]/export/route");
const { isOpenSignUp } = await import("@/lib/accounts/data");
const { createTraineeInClass } = await import("@/lib/accounts/mutations");
const { createClass } = await import("@/lib/classes/mutations");
const { prisma } = await import("@/lib/db/prisma");
const { createUser } = await import("@/tests/support/factories");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}
const signedInAs = (user: { id: string; role: string }) => {
  session.user = { id: user.id, name: "x", role: user.role as SessionUser["role"] };
};

beforeEach(() => {
  session.user = null;
});

describe("server actions check role and ownership themselves", () => {
  it("refuse signed-out callers", async () => {
    expect(await createClassAction({}, form({ name: "X" }))).toEqual({ error: "Your session has ended. Sign in again." });
  });

  it("refuse trainees on educator and admin actions", async () => {
    const trainee = await createUser(prisma);
    signedInAs(trainee);
    expect(await createClassAction({}, form({ name: "Mine now" }))).toEqual({ error: "You do not have permission to do that." });
    expect(await setOpenSignUpAction({}, form({ open: "false" }))).toMatchObject({ error: expect.any(String) });
    expect(await prisma.class.count({ where: { name: "Mine now" } })).toBe(0);
    expect(await isOpenSignUp()).toBe(true);
  });

  it("refuse an educator acting on another educator's class by id", async () => {
    const owner = await createUser(prisma, { role: "EDUCATOR" });
    const { id: classId, joinCode } = await createClass(owner.id, "Owned");
    const { userId } = await createTraineeInClass({ classId, displayName: "Pupil", password: "a long enough password" });
    const member = await prisma.classMember.findFirstOrThrow({ where: { userId } });
    signedInAs(await createUser(prisma, { role: "EDUCATOR" }));
    expect(await rotateJoinCodeAction({}, form({ classId }))).toEqual({ error: "That class does not exist or is not yours." });
    expect(await removeMemberAction({}, form({ classId, memberId: member.id }))).toMatchObject({ error: expect.any(String) });
    expect(await deleteClassAction({}, form({ classId }))).toMatchObject({ error: expect.any(String) });
    expect(await prisma.class.findUniqueOrThrow({ where: { id: classId } })).toMatchObject({ joinCode });
    expect(await prisma.classMember.count({ where: { classId } })).toBe(1);
  });

  it("refuse educators on admin actions", async () => {
    const educator = await createUser(prisma, { role: "EDUCATOR" });
    signedInAs(educator);
    expect(await setEducatorEnabledAction({}, form({ userId: educator.id, enabled: "false" }))).toMatchObject({ error: expect.any(String) });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: educator.id } })).disabledAt).toBeNull();
  });

  it("let only trainees join with a code, and say so for unknown codes", async () => {
    const educator = await createUser(prisma, { role: "EDUCATOR" });
    const { joinCode } = await createClass(educator.id, "Open class");
    signedInAs(educator);
    expect(await joinWithCodeAction({}, form({ code: joinCode }))).toMatchObject({ error: expect.any(String) });
    const trainee = await createUser(prisma);
    signedInAs(trainee);
    expect(await joinWithCodeAction({}, form({ code: "ZZZZZZZZ" }))).toMatchObject({ fields: { code: expect.stringMatching(/No open class/) } });
    expect(await joinWithCodeAction({}, form({ code: joinCode.toLowerCase() }))).toMatchObject({ ok: true, className: "Open class" });
  });

  it("answer the CSV export with 401 signed out, 403 for trainees and 404 for another educator's class", async () => {
    const owner = await createUser(prisma, { role: "EDUCATOR" });
    const { id: classId } = await createClass(owner.id, "Exported");
    const call = () => exportClass(new Request(`http://localhost/api/classes/${classId}/export`), { params: Promise.resolve({ classId }) });
    expect((await call()).status).toBe(401);
    signedInAs(await createUser(prisma));
    expect((await call()).status).toBe(403);
    signedInAs(await createUser(prisma, { role: "EDUCATOR" }));
    expect((await call()).status).toBe(404);
    signedInAs(owner);
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });
});
