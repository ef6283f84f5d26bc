import { execFile } from "node:child_process";
import http from "node:http";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import type { AuditedPage } from "@/scripts/bench/lighthouse";
import { openStream, type StreamClient } from "@/scripts/bench/live-stream-client";
import { treeCpuSeconds, treeMemoryBytes } from "@/scripts/bench/process-cpu";

const exec = promisify(execFile);

export interface LiveResult {
  clients: number;
  processes: number;
  connectSeconds: number;
  /** From the educator's `open` request to each client receiving the opened scenario, in ms. */
  fanout: { p50: number; p99: number; max: number; received: number };
  answers: {
    spreadSeconds: number;
    acknowledged: number;
    statuses: Record<string, number>;
    p99: number;
    stored: number;
    duplicates: number;
  };
  /** The presenter's `N of M answered`: the last count it showed, and when it reached every client. */
  presenter: { lastCount: number; afterLastAckMs: number | null };
  memory: { beforeBytes: number; connectedBytes: number; perConnectionBytes: number };
  idle: { seconds: number; serverCores: number };
}

export interface LiveLoad {
  result: LiveResult;
  /** The live pages for the audits, with the cookie of who sees each. */
  pages: AuditedPage[];
  traineePage: { path: string; cookie: string };
}

interface Seeded {
  sessionId: string;
  educatorCookie: string;
  trainees: { userId: string; cookie: string }[];
}

interface Snapshot {
  version: number;
  phase: string;
  scenario: { id: string; options: string[] } | null;
  progress?: { joined: number; answered: number };
}

const NARRATIVES = ["INFIGHTING", "BRUTALITY", "CORRUPTION", "DISAPPOINTMENT"];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 10) / 10;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function post(url: string, cookie: string, body: unknown, agent?: http.Agent) {
  return new Promise<number>((resolve) => {
    const payload = JSON.stringify(body);
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { cookie, "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", () => resolve(0));
    request.end(payload);
  });
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/**
 * One live session with `clients` trainees connected to it, against the running production server: the time an
 * opened scenario takes to reach every client, every client answering within a few seconds (stored once each,
 * acknowledged each, counted on the presenter's screen), server memory per connection and CPU while they sit idle.
 */
export async function liveSessionLoad(options: {
  baseUrl: string;
  serverPid: number;
  processes: number;
  databaseUrl: string;
  databaseFile: string;
  secret: string;
  clients: number;
  idleSeconds: number;
  answerSpreadSeconds: number;
}): Promise<LiveLoad> {
  const { baseUrl, clients } = options;
  const { stdout } = await exec(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/bench/live-data.ts", String(clients)],
    {
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        AUTH_SECRET: options.secret,
        NEXTAUTH_URL: baseUrl,
        SEED_DEMO: "false",
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seeded = JSON.parse(stdout) as Seeded;
  const events = `${baseUrl}/api/live/${seeded.sessionId}/events`;

  let presenterCount = 0;
  let presenterReachedAt: number | null = null;
  const presenter = await openStream(`${events}?view=present`, seeded.educatorCookie, ({ at, data }) => {
    const snapshot = JSON.parse(data) as Snapshot;
    presenterCount = snapshot.progress?.answered ?? 0;
    if (presenterCount >= clients && presenterReachedAt === null) presenterReachedAt = at;
  });
  await sleep(1000);
  const beforeBytes = treeMemoryBytes(options.serverPid) ?? 0;

  // Every client's latest snapshot, and when each first saw the opened scenario.
  const latest: (Snapshot | null)[] = new Array(clients).fill(null);
  const openedAt: (number | null)[] = new Array(clients).fill(null);
  const streams: StreamClient[] = [];
  const connectStarted = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < clients) {
        const i = next++;
        streams.push(
          await openStream(events, seeded.trainees[i]!.cookie, ({ at, data }) => {
            const snapshot = JSON.parse(data) as Snapshot;
            latest[i] = snapshot;
            if (snapshot.phase === "ANSWERING" && openedAt[i] === null) openedAt[i] = at;
          }),
        );
      }
    }),
  );
  const connectSeconds = round((performance.now() - connectStarted) / 1000);
  await sleep(2000);
  const connectedBytes = treeMemoryBytes(options.serverPid) ?? 0;

  const cpuBefore = treeCpuSeconds(options.serverPid) ?? 0;
  await sleep(options.idleSeconds * 1000);
  const idleCores = ((treeCpuSeconds(options.serverPid) ?? 0) - cpuBefore) / options.idleSeconds;

  const control = `${baseUrl}/api/live/${seeded.sessionId}/control`;
  const openSent = performance.now();
  const openStatus = await post(control, seeded.educatorCookie, { command: "open" });
  if (openStatus !== 200) throw new Error(`Opening the first scenario answered ${openStatus}`);
  await until(() => openedAt.every((t) => t !== null), 15_000);
  const fanout = openedAt
    .filter((t): t is number => t !== null)
    .map((t) => t - openSent)
    .sort((a, b) => a - b);

  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  let lastAck = 0;
  await Promise.all(
    seeded.trainees.map(async (trainee, i) => {
      await sleep(Math.random() * options.answerSpreadSeconds * 1000);
      const scenario = latest[i]?.scenario;
      if (!scenario) {
        statuses["no scenario on screen"] = (statuses["no scenario on screen"] ?? 0) + 1;
        return;
      }
      const sent = performance.now();
      const status = await post(
        `${baseUrl}/api/live/${seeded.sessionId}/answers`,
        trainee.cookie,
        {
          scenarioId: scenario.id,
          narrative: NARRATIVES[i % 4],
          implication: scenario.options[i % scenario.options.length],
          confidence: 1 + (i % 5),
          idempotencyKey: `live-bench-${i}-${seeded.sessionId}`,
        },
        agent,
      );
      const at = performance.now();
      latencies.push(at - sent);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === 201 || status === 200) lastAck = Math.max(lastAck, at);
    }),
  );
  agent.destroy();
  await until(() => presenterReachedAt !== null, 5000);

  for (const stream of streams) stream.close();
  presenter.close();

  const db = new Database(options.databaseFile, { readonly: true });
  const stored = db
    .prepare(
      `SELECT COUNT(*) AS n, COUNT(DISTINCT "userId" || ':' || "scenarioId") AS distinctAnswers FROM "Answer" WHERE "liveSessionId" = ?`,
    )
    .get(seeded.sessionId) as { n: number; distinctAnswers: number };
  db.close();

  const acknowledged = (statuses["201"] ?? 0) + (statuses["200"] ?? 0);
  const reachedAt = presenterReachedAt as number | null;
  const trainee = seeded.trainees[0]!;
  return {
    result: {
      clients,
      processes: options.processes,
      connectSeconds,
      fanout: {
        p50: round(percentile(fanout, 50)),
        p99: round(percentile(fanout, 99)),
        max: round(fanout.at(-1) ?? 0),
        received: fanout.length,
      },
      answers: {
        spreadSeconds: options.answerSpreadSeconds,
        acknowledged,
        statuses,
        p99: round(
          percentile(
            latencies.sort((a, b) => a - b),
            99,
          ),
        ),
        stored: stored.n,
        duplicates: stored.n - stored.distinctAnswers,
      },
      presenter: {
        lastCount: presenterCount,
        afterLastAckMs: reachedAt === null ? null : Math.max(0, Math.round(reachedAt - lastAck)),
      },
      memory: {
        beforeBytes,
        connectedBytes,
        perConnectionBytes: Math.round((connectedBytes - beforeBytes) / clients),
      },
      idle: { seconds: options.idleSeconds, serverCores: Math.round(idleCores * 1000) / 1000 },
    },
    pages: [
      { name: "Join a live session (trainee)", path: "/live", cookie: trainee.cookie },
      { name: "Live session (trainee)", path: `/live/${seeded.sessionId}`, cookie: trainee.cookie },
      {
        name: "Live presenter view (educator)",
        path: `/live/${seeded.sessionId}/present`,
        cookie: seeded.educatorCookie,
      },
      {
        name: "Live control panel (educator)",
        path: `/live/${seeded.sessionId}/control`,
        cookie: seeded.educatorCookie,
      },
    ],
    traineePage: { path: `/live/${seeded.sessionId}`, cookie: trainee.cookie },
  };
}
