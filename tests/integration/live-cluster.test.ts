import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createLiveSession, joinLiveSession } from "@/lib/live/mutations";
import type { LiveSnapshot } from "@/lib/live/types";
import { educatorWithClass, seedFixtureBank, traineeIn } from "@/tests/support/factories";

// A client connected to one server process receives an event triggered through another. The processes are a real
// node:cluster (tests/support/live-cluster): two workers, each with the real notifier and live hub, and a primary
// running the production server's own relay (scripts/lib/cluster-relay.mjs), on this file's database. The client is
// connected to one worker by its port and the session is moved on through the other, so the event can only have come
// across the notification path: no shared memory, no polling. On SQLite that path is the primary's relay; when the
// suite runs on PostgreSQL the same test crosses processes through LISTEN/NOTIFY (lib/realtime/index.ts).

interface Worker {
  port: number;
  pid: number;
}

let primary: ChildProcess;
let workers: Worker[];
const world = {} as { educatorId: string; sessionId: string };

beforeAll(async () => {
  await seedFixtureBank(prisma);
  const { educator, klass } = await educatorWithClass(prisma, "Cluster");
  const scenarios = await prisma.scenario.findMany({ where: { isLatest: true }, take: 2 });
  const created = await createLiveSession(klass, { title: "Across", scenarioIds: scenarios.map((s) => s.id) });
  if (!created.ok) throw new Error(created.error);
  await joinLiveSession(await traineeIn(klass, "Trainee"), created.sessionId);
  Object.assign(world, { educatorId: educator.id, sessionId: created.sessionId });

  primary = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("tests", "support", "live-cluster", "primary.ts")],
    { env: { ...process.env, NODE_ENV: "production" }, stdio: ["ignore", "pipe", "inherit"] },
  );
  workers = await new Promise<Worker[]>((resolve, reject) => {
    const lines = readline.createInterface({ input: primary.stdout! });
    lines.on("line", (line) => {
      if (line.startsWith("{")) resolve((JSON.parse(line) as { workers: Worker[] }).workers);
    });
    primary.on("exit", (code) => reject(new Error(`The cluster exited with ${code}`)));
  });
}, 90_000);

afterAll(() => {
  primary?.kill("SIGTERM");
});

/** Follows a worker's event stream, keeping every state snapshot it receives. */
function follow(worker: Worker, audience: string) {
  const states: LiveSnapshot[] = [];
  let buffer = "";
  let headers: http.IncomingHttpHeaders = {};
  const request = http.get(
    { host: "127.0.0.1", port: worker.port, path: `/events?session=${world.sessionId}&audience=${audience}` },
    (response) => {
      headers = response.headers;
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(event)?.[1];
          if (/^event: state$/m.test(event) && data) states.push(JSON.parse(data) as LiveSnapshot);
        }
      });
    },
  );
  return { states, headers: () => headers, close: () => request.destroy() };
}

async function until(check: () => boolean, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function command(worker: Worker, name: string) {
  return new Promise<{ status: number; pid: string; body: { ok: boolean; version?: number } }>((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: worker.port,
        method: "POST",
        path: `/control?session=${world.sessionId}&educator=${world.educatorId}&command=${name}`,
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            pid: String(response.headers["x-worker-pid"]),
            body: JSON.parse(body) as { ok: boolean; version?: number },
          }),
        );
      },
    );
    request.on("error", reject);
    request.end();
  });
}

describe("live events across server processes", () => {
  it("reach a client of one worker when the session is moved on through the other", async () => {
    const [one, two] = workers;
    expect(one!.pid).not.toBe(two!.pid);
    const presenter = follow(one!, "presenter");
    const trainee = follow(one!, "trainee");
    // Each stream opens with the current state, which shows the hub of worker one is attached.
    await until(() => presenter.states.length === 1 && trainee.states.length === 1, "the first state");
    expect(presenter.headers()["x-worker-pid"]).toBe(String(one!.pid));
    expect(presenter.states[0]).toMatchObject({ phase: "LOBBY", version: 1 });

    const opened = await command(two!, "open");
    expect(opened).toMatchObject({ status: 200, pid: String(two!.pid), body: { ok: true, version: 2 } });
    await until(() => presenter.states.length === 2 && trainee.states.length === 2, "the event from worker two");
    expect(presenter.states[1]).toMatchObject({ phase: "ANSWERING", position: 0, version: 2 });
    expect(trainee.states[1]).toMatchObject({ phase: "ANSWERING", version: 2 });

    // And back the other way, to a client of worker two, triggered through worker one.
    const secondPresenter = follow(two!, "presenter");
    await until(() => secondPresenter.states.length === 1, "the first state on worker two");
    expect((await command(one!, "close")).body).toMatchObject({ ok: true, version: 3 });
    await until(() => secondPresenter.states.length === 2, "the event from worker one");
    expect(secondPresenter.states[1]).toMatchObject({ phase: "CLOSED", version: 3 });
    await until(() => presenter.states.length === 3, "the event on worker one's own client");

    for (const stream of [presenter, trainee, secondPresenter]) stream.close();
  }, 60_000);
});
