import "server-only";
import type { PrismaClient } from "@prisma/client";
import { prisma as defaultClient } from "@/lib/db/prisma";
import { resultsHeldUntil } from "@/lib/exercises/window";

export async function isOpenSignUp(db: PrismaClient = defaultClient): Promise<boolean> {
  const setting = await db.setting.findUnique({ where: { key: "openSignUp" } });
  return setting?.value !== "false";
}

export function findAccount(userId: string, db: PrismaClient = defaultClient) {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, username: true, displayName: true, role: true, createdAt: true },
  });
}

export function listEducators(db: PrismaClient = defaultClient) {
  return db.user.findMany({
    where: { role: "EDUCATOR" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      displayName: true,
      email: true,
      disabledAt: true,
      createdAt: true,
      _count: { select: { classesTaught: true } },
    },
  });
}

/**
 * Everything stored about one person, for the "download my data" right. The key and scores of an assessment still
 * open are left out (as everywhere else) and come with the download once it closes.
 */
export async function exportAccountData(userId: string, db: PrismaClient = defaultClient, now: Date = new Date()) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      username: true,
      displayName: true,
      role: true,
      createdAt: true,
      memberships: { select: { joinedAt: true, class: { select: { name: true } } } },
      classesTaught: {
        select: { name: true, createdAt: true, archivedAt: true, _count: { select: { members: true } } },
      },
      attempts: {
        orderBy: { createdAt: "asc" },
        select: {
          createdAt: true,
          completedAt: true,
          size: true,
          exercise: { select: { title: true, mode: true, closesAt: true } },
          answers: {
            orderBy: { createdAt: "asc" },
            select: {
              createdAt: true,
              chosenNarrative: true,
              chosenImplication: true,
              primaryNarrative: true,
              correctImplication: true,
              confidence: true,
              points: true,
              timeMs: true,
              scenario: { select: { slug: true, version: true } },
            },
          },
        },
      },
    },
  });
  if (!user) return null;
  const attempts = user.attempts.map(({ answers, ...attempt }) => {
    const heldUntil = resultsHeldUntil(attempt.exercise, now);
    if (!heldUntil) return { ...attempt, answers };
    return {
      ...attempt,
      resultsAvailableAt: heldUntil.toISOString(),
      answers: answers.map(({ createdAt, chosenNarrative, chosenImplication, confidence, timeMs, scenario }) => ({
        createdAt,
        chosenNarrative,
        chosenImplication,
        confidence,
        timeMs,
        scenario,
      })),
    };
  });
  return {
    format: "account-data",
    version: 1,
    exportedAt: now.toISOString(),
    account: { ...user, attempts },
  };
}
