import { describe, expect, it } from "vitest";
import { createTraineeInClass, enrol } from "@/lib/accounts/mutations";
import { findJoinableClass, findOwnedClass, listClassesForTrainee } from "@/lib/classes/data";
import { JOIN_CODE_ALPHABET } from "@/lib/classes/schema";
import {
  createClass,
  deleteClass,
  removeMember,
  rotateJoinCode,
  setArchived,
  setJoinCodeEnabled,
} from "@/lib/classes/mutations";
import { prisma } from "@/lib/db/prisma";
import { createUser } from "@/tests/support/factories";

async function educatorWithClass(name = "Year 10") {
  const educator = await createUser(prisma, { role: "EDUCATOR" });
  const created = await createClass(educator.id, name);
  return { educator, classId: created.id, joinCode: created.joinCode };
}

describe("classes", () => {
  it("get an 8-character join code without look-alike characters", async () => {
    const { joinCode } = await educatorWithClass();
    expect(joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });

  it("cannot be read or changed by another educator, and nothing changes", async () => {
    const { classId, joinCode } = await educatorWithClass();
    const other = await createUser(prisma, { role: "EDUCATOR" });
    expect(await findOwnedClass(other.id, classId)).toBeNull();
    expect(await rotateJoinCode(other.id, classId)).toBe(false);
    expect(await setJoinCodeEnabled(other.id, classId, false)).toBe(false);
    expect(await setArchived(other.id, classId, true)).toBe(false);
    expect(await deleteClass(other.id, classId)).toBe(false);
    const unchanged = await prisma.class.findUniqueOrThrow({ where: { id: classId } });
    expect(unchanged).toMatchObject({ joinCode, joinCodeEnabled: true, archivedAt: null });
  });

  it("refuse to remove a member through another class's id", async () => {
    const a = await educatorWithClass("A");
    const b = await educatorWithClass("B");
    const { userId } = await createTraineeInClass({
      classId: b.classId,
      displayName: "Sam",
      password: "a long enough password",
    });
    const member = await prisma.classMember.findFirstOrThrow({ where: { userId } });
    expect(await removeMember(a.educator.id, a.classId, member.id)).toBe(false);
    expect(await removeMember(a.educator.id, b.classId, member.id)).toBe(false);
    expect(await prisma.classMember.count({ where: { id: member.id } })).toBe(1);
    expect(await removeMember(b.educator.id, b.classId, member.id)).toBe(true);
  });

  it("rotate and disable codes so the old or disabled code no longer joins", async () => {
    const { educator, classId, joinCode } = await educatorWithClass();
    expect(await findJoinableClass(joinCode)).toMatchObject({ id: classId });
    await rotateJoinCode(educator.id, classId);
    expect(await findJoinableClass(joinCode)).toBeNull();
    const fresh = (await prisma.class.findUniqueOrThrow({ where: { id: classId } })).joinCode;
    await setJoinCodeEnabled(educator.id, classId, false);
    expect(await findJoinableClass(fresh)).toBeNull();
    await setJoinCodeEnabled(educator.id, classId, true);
    await setArchived(educator.id, classId, true);
    expect(await findJoinableClass(fresh)).toBeNull();
  });

  it("deleting a class removes its memberships but keeps the trainees", async () => {
    const { educator, classId } = await educatorWithClass();
    const { userId } = await createTraineeInClass({ classId, displayName: "Kim", password: "a long enough password" });
    expect(await deleteClass(educator.id, classId)).toBe(true);
    expect(await prisma.classMember.count({ where: { classId } })).toBe(0);
    expect(await prisma.user.count({ where: { id: userId } })).toBe(1);
  });
});

describe("trainees", () => {
  it("join with a generated username and can join further classes once each", async () => {
    const first = await educatorWithClass("First");
    const second = await educatorWithClass("Second");
    const { userId, username } = await createTraineeInClass({
      classId: first.classId,
      displayName: "Ali",
      password: "a long enough password",
    });
    expect(username).toMatch(/^[a-z]+-[a-z]+-\d{3}$/);
    expect(await enrol(userId, second.classId)).toBe("joined");
    expect(await enrol(userId, second.classId)).toBe("already");
    const classes = await listClassesForTrainee(userId);
    expect(classes.map((c) => c.class.name).sort()).toEqual(["First", "Second"]);
  });

  it("see only their own classes, and no other trainee's name", async () => {
    const { classId } = await educatorWithClass("Shared");
    const a = await createTraineeInClass({
      classId,
      displayName: "Visible To Educator Only",
      password: "a long enough password",
    });
    const b = await createTraineeInClass({ classId, displayName: "Someone Else", password: "a long enough password" });
    const seen = JSON.stringify(await listClassesForTrainee(a.userId));
    expect(seen).toContain("Shared");
    expect(seen).not.toContain("Someone Else");
    expect(seen).not.toContain(b.userId);
  });
});
