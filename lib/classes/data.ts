import "server-only";
import type { PrismaClient } from "@prisma/client";
import { prisma as defaultClient } from "@/lib/db/prisma";

export function listClassesForEducator(educatorId: string, db: PrismaClient = defaultClient) {
  return db.class.findMany({
    where: { educatorId },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, joinCode: true, joinCodeEnabled: true, archivedAt: true, _count: { select: { members: true } } },
  });
}

/** The class with its roster, or null when it is not this educator's: callers answer 404 either way. */
export function findClassForEducator(educatorId: string, classId: string, db: PrismaClient = defaultClient) {
  return db.class.findFirst({
    where: { id: classId, educatorId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      joinCodeEnabled: true,
      archivedAt: true,
      createdAt: true,
      members: {
        orderBy: { joinedAt: "asc" },
        select: { id: true, joinedAt: true, user: { select: { id: true, displayName: true, username: true } } },
      },
    },
  });
}

// A trainee sees the class and its educator, never the other members.
export function listClassesForTrainee(userId: string, db: PrismaClient = defaultClient) {
  return db.classMember.findMany({
    where: { userId },
    orderBy: { joinedAt: "asc" },
    select: { joinedAt: true, class: { select: { id: true, name: true, archivedAt: true, educator: { select: { displayName: true } } } } },
  });
}

export function findJoinableClass(joinCode: string, db: PrismaClient = defaultClient) {
  return db.class.findFirst({
    where: { joinCode, joinCodeEnabled: true, archivedAt: null, educator: { disabledAt: null } },
    select: { id: true, name: true },
  });
}
