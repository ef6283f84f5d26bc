import { Prisma } from "@prisma/client";

/** A unique-constraint violation, whether it came through the query builder (P2002) or a raw statement (P2010). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === "P2002" || (error.code === "P2010" && /unique/i.test(error.message));
}
