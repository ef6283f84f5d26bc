// Run as a child process with DATABASE_URL, AUTH_SECRET and NEXTAUTH_URL set, and the number of trainees as argument:
// an educator, a class of that many trainees, a live session of three scenarios every trainee has joined, through the
// app's own data layer, and a session cookie for each (a server-side session and its token, as sign-in makes them,
// without hashing a password per trainee). Prints JSON.
import { encode } from "next-auth/jwt";
import { sessionCookieName } from "@/lib/auth/cookies";
import { hashPassword } from "@/lib/auth/password";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { sessionLifetime } from "@/lib/auth/session-lifetime";
import { createSession } from "@/lib/auth/session-mutations";
import { findOwnedClass } from "@/lib/classes/data";
import { createClass } from "@/lib/classes/mutations";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { createLiveSession, joinLiveSession } from "@/lib/live/mutations";
import { listScenarioChoices } from "@/lib/scenarios/data";
import { BENCH_PASSWORD } from "@/scripts/bench/load-data";

const count = Number(process.argv[2]);
const secret = resolveAuthSecret().secret;
const cookieName = sessionCookieName(env().NEXTAUTH_URL);
const hash = await hashPassword(BENCH_PASSWORD);

async function cookieFor(user: { id: string; displayName: string; role: string; sessionVersion: number }) {
  const session = await createSession(user.id);
  const token = await encode({
    secret,
    maxAge: Math.ceil(sessionLifetime().maxMs / 1000),
    token: {
      sub: user.id,
      name: user.displayName,
      role: user.role,
      sv: user.sessionVersion,
      sid: session.id,
      sx: Math.floor(session.expiresAt.getTime() / 1000),
    },
  });
  return `${cookieName}=${token}`;
}

const select = { id: true, displayName: true, role: true, sessionVersion: true } as const;
const educator = await prisma.user.create({
  data: { email: "live-educator@bench.local", displayName: "Live Educator", role: "EDUCATOR", passwordHash: hash },
  select,
});
const { id: classId } = await createClass(educator.id, "Live bench class");
const klass = (await findOwnedClass(educator.id, classId))!;
await prisma.user.createMany({
  data: Array.from({ length: count }, (_, t) => ({
    username: `live-trainee-${t}`,
    displayName: `Live trainee ${t}`,
    role: "TRAINEE",
    passwordHash: hash,
  })),
});
const trainees = await prisma.user.findMany({
  where: { username: { startsWith: "live-trainee-" } },
  select,
  orderBy: { username: "asc" },
});
await prisma.classMember.createMany({ data: trainees.map((t) => ({ classId, userId: t.id })) });

const scenarioIds = (await listScenarioChoices()).slice(0, 3).map((s) => s.id);
const created = await createLiveSession(klass, { title: "Live bench", scenarioIds });
if (!created.ok) throw new Error(created.error);
for (const trainee of trainees) {
  const joined = await joinLiveSession(trainee.id, created.sessionId);
  if (!joined.ok) throw new Error(joined.error);
}

const out = {
  sessionId: created.sessionId,
  educatorCookie: await cookieFor(educator),
  trainees: [] as { userId: string; cookie: string }[],
};
for (const trainee of trainees) out.trainees.push({ userId: trainee.id, cookie: await cookieFor(trainee) });
await prisma.$disconnect();
// The notifier's handles would keep the process alive; exit once the output is flushed (a pipe writes asynchronously).
process.stdout.write(JSON.stringify(out), () => process.exit(0));
