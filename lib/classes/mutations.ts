import "server-only";
import type { PrismaClient } from "@prisma/client";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { isUniqueViolation } from "@/lib/db/errors";
import { serialiseExclusions } from "@/lib/classes/content-exclusions";
import { generateJoinCode } from "@/lib/classes/join-code";
import type { ContentWarning } from "@/lib/domain/content-warnings";

// Every change names the educator: a class id that is not theirs matches nothing and changes nothing.

export async function createClass(educatorId: string, name: string, db: PrismaClient = defaultClient) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.class.create({
        data: { educatorId, name, joinCode: generateJoinCode() },
        select: { id: true, joinCode: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export async function rotateJoinCode(educatorId: string, classId: string, db: PrismaClient = defaultClient) {
  const result = await db.class.updateMany({
    where: { id: classId, educatorId },
    data: { joinCode: generateJoinCode() },
  });
  return result.count === 1;
}

export async function setJoinCodeEnabled(
  educatorId: string,
  classId: string,
  enabled: boolean,
  db: PrismaClient = defaultClient,
) {
  const result = await db.class.updateMany({ where: { id: classId, educatorId }, data: { joinCodeEnabled: enabled } });
  return result.count === 1;
}

export async function setArchived(
  educatorId: string,
  classId: string,
  archived: boolean,
  db: PrismaClient = defaultClient,
) {
  const result = await db.class.updateMany({
    where: { id: classId, educatorId },
    data: { archivedAt: archived ? new Date() : null },
  });
  return result.count === 1;
}

export async function removeMember(
  educatorId: string,
  classId: string,
  memberId: string,
  db: PrismaClient = defaultClient,
) {
  const result = await db.classMember.deleteMany({ where: { id: memberId, classId, class: { educatorId } } });
  return result.count === 1;
}

export async function deleteClass(educatorId: string, classId: string, db: PrismaClient = defaultClient) {
  const result = await db.class.deleteMany({ where: { id: classId, educatorId } });
  return result.count === 1;
}

/** Which content warnings' scenarios the class never meets from now on; exercises already set keep their scenarios. */
export async function setContentExclusions(
  educatorId: string,
  classId: string,
  warnings: readonly ContentWarning[],
  db: PrismaClient = defaultClient,
) {
  const result = await db.class.updateMany({
    where: { id: classId, educatorId },
    data: { excludedContentWarnings: serialiseExclusions(warnings) },
  });
  return result.count === 1;
}
