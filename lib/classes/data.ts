import "server-only";
import type { PrismaClient } from "@prisma/client";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { parseExclusions } from "@/lib/classes/content-exclusions";
import type { OwnedClass } from "@/lib/classes/types";
import type { ContentWarning } from "@/lib/domain/content-warnings";
import { unionOfExclusions } from "@/lib/scenarios/filter";

const CLASS_FIELDS = {
  id: true,
  educatorId: true,
  name: true,
  joinCode: true,
  joinCodeEnabled: true,
  archivedAt: true,
  createdAt: true,
} as const;

/** The class, when this educator owns it; null otherwise (callers answer "not found" either way). */
export async function findOwnedClass(
  educatorId: string,
  classId: string,
  db: PrismaClient = defaultClient,
): Promise<OwnedClass | null> {
  const found = await db.class.findFirst({
    where: { id: classId, educatorId },
    select: { ...CLASS_FIELDS, excludedContentWarnings: true },
  });
  if (!found) return null;
  return { ...found, excludedContentWarnings: parseExclusions(found.excludedContentWarnings) } as unknown as OwnedClass;
}

/** What a trainee's free practice leaves out: the union of the exclusions of every class they belong to. */
export async function exclusionsForTrainee(
  userId: string,
  db: PrismaClient = defaultClient,
): Promise<ContentWarning[]> {
  const classes = await db.class.findMany({
    where: { members: { some: { userId } } },
    select: { excludedContentWarnings: true },
  });
  return unionOfExclusions(classes.map((c) => parseExclusions(c.excludedContentWarnings)));
}

export function listClassesForEducator(educatorId: string, db: PrismaClient = defaultClient) {
  return db.class.findMany({
    where: { educatorId },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { ...CLASS_FIELDS, _count: { select: { members: true } } },
  });
}

export function listMembers(klass: OwnedClass, db: PrismaClient = defaultClient) {
  return db.classMember.findMany({
    where: { classId: klass.id },
    orderBy: { joinedAt: "asc" },
    select: { id: true, joinedAt: true, user: { select: { id: true, displayName: true, username: true } } },
  });
}

export function findMember(klass: OwnedClass, userId: string, db: PrismaClient = defaultClient) {
  return db.classMember.findFirst({
    where: { classId: klass.id, userId },
    select: { id: true, user: { select: { id: true, displayName: true, username: true } } },
  });
}

// A trainee sees the class and its educator, never the other members.
export function listClassesForTrainee(userId: string, db: PrismaClient = defaultClient) {
  return db.classMember.findMany({
    where: { userId },
    orderBy: { joinedAt: "asc" },
    select: {
      joinedAt: true,
      class: { select: { id: true, name: true, archivedAt: true, educator: { select: { displayName: true } } } },
    },
  });
}

export function findJoinableClass(joinCode: string, db: PrismaClient = defaultClient) {
  return db.class.findFirst({
    where: { joinCode, joinCodeEnabled: true, archivedAt: null, educator: { disabledAt: null } },
    select: { id: true, name: true },
  });
}
