import type { OwnedClass } from "@/lib/classes/types";
import { findOwnedClass } from "@/lib/classes/data";
import { prisma } from "@/lib/db/prisma";

// The benchmark times dashboards as the class's educator would see them: through the same ownership check.
export async function findClassById(classId: string): Promise<OwnedClass> {
  const { educatorId } = await prisma.class.findUniqueOrThrow({ where: { id: classId }, select: { educatorId: true } });
  const klass = await findOwnedClass(educatorId, classId);
  if (!klass) throw new Error(`No class ${classId}`);
  return klass;
}
