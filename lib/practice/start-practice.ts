import "server-only";
import { lastAnsweredBySlug } from "@/lib/practice/data";
import { createAttempt, NoScenariosAvailable } from "@/lib/practice/mutations";
import { startPracticeSchema } from "@/lib/practice/schema";

export async function startPractice(userId: string, rawSize: unknown): Promise<{ attemptId: string } | { error: string }> {
  const parsed = startPracticeSchema.safeParse({ size: rawSize });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Choose a session length." };
  try {
    const attempt = await createAttempt({ userId, size: parsed.data.size, lastAnsweredAt: await lastAnsweredBySlug(userId) });
    return { attemptId: attempt.id };
  } catch (error) {
    if (error instanceof NoScenariosAvailable) return { error: error.message };
    throw error;
  }
}
