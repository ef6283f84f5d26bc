// Run as a child process with DATABASE_URL set: makes the people and the work the audited pages show (an educator
// with a class of trainees who took an exercise, a trainee's open practice session, an admin), through the app's own
// data layer, and prints their logins and ids as JSON.
import { createTraineeInClass } from "@/lib/accounts/mutations";
import { hashPassword } from "@/lib/auth/password";
import { findOwnedClass } from "@/lib/classes/data";
import { createClass } from "@/lib/classes/mutations";
import { prisma } from "@/lib/db/prisma";
import { createExercise } from "@/lib/exercises/mutations";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import { findAttemptForUser } from "@/lib/practice/data";
import { createAttempt, startExerciseAttempt } from "@/lib/practice/mutations";
import { listScenarioChoices } from "@/lib/scenarios/data";
import { BENCH_PASSWORD } from "@/scripts/bench/load-data";

async function account(email: string, displayName: string, role: string) {
  return prisma.user.create({
    data: { email, displayName, role, passwordHash: await hashPassword(BENCH_PASSWORD) },
    select: { id: true, email: true },
  });
}

const educator = await account("bench-educator@bench.local", "Bench Educator", "EDUCATOR");
const admin = await account("bench-admin@bench.local", "Bench Admin", "ADMIN");
const { id: classId } = await createClass(educator.id, "Bench class");
const klass = (await findOwnedClass(educator.id, classId))!;
const scenarios = (await listScenarioChoices()).slice(0, 8).map((s) => s.id);
const exercise = await createExercise(klass, {
  title: "Week one",
  scenarioIds: scenarios,
  mode: "PRACTICE",
  opensAt: new Date(Date.now() - 3_600_000),
  closesAt: new Date(Date.now() + 7 * 86_400_000),
  attemptsAllowed: 1,
});
if (!exercise.ok) throw new Error(exercise.error);

const trainees: { userId: string; username: string }[] = [];
for (let t = 0; t < 6; t++) {
  const joined = await createTraineeInClass({ classId, displayName: `Bench trainee ${t}`, password: BENCH_PASSWORD });
  trainees.push(joined);
  const started = await startExerciseAttempt(joined.userId, exercise.exerciseId);
  if (!started.ok) throw new Error(started.error);
  const attempt = (await findAttemptForUser(started.attemptId, joined.userId))!;
  for (const [i, item] of attempt.items.entries()) {
    const right = (i + t) % 3 !== 0;
    await recordAnswer(joined.userId, attempt.id, {
      itemId: item.id,
      scenarioId: item.scenarioId,
      narrative: right ? item.scenario.narratives.primary : "CORRUPTION",
      implication: right ? item.scenario.implications.correct : item.scenario.implications.distractors[0]!,
      confidence: 1 + ((i + t) % 5),
      timeMs: 20_000 + i * 1000,
      idempotencyKey: crypto.randomUUID(),
    });
  }
}
const practising = trainees[0]!;
const practice = await createAttempt({ userId: practising.userId, size: 10, lastAnsweredAt: new Map() });

process.stdout.write(
  JSON.stringify({
    educator: educator.email,
    admin: admin.email,
    trainee: practising.username,
    traineeId: practising.userId,
    classId,
    exerciseId: exercise.exerciseId,
    practiceAttemptId: practice.id,
  }),
);
await prisma.$disconnect();
