import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import readline from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import {
  createPostgresNotifier,
  MAX_PAYLOAD_BYTES,
  postgresChannel,
  type PostgresNotifier,
} from "@/lib/realtime/postgres-notifier";
import { onPostgres, onServer } from "@/tests/support/test-database";

type Event = { event: string; channel?: string; payload?: string };

// Waits until a collected list of events holds one that matches.
async function eventually<T>(read: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = read();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function otherProcess(url: string, channels: string[]) {
  const child: ChildProcessWithoutNullStreams = spawn("node", [
    "--import",
    "tsx",
    "tests/support/notifier-process.ts",
    url,
    ...channels,
  ]);
  const events: Event[] = [];
  readline.createInterface({ input: child.stdout }).on("line", (line) => events.push(JSON.parse(line) as Event));
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  return {
    events,
    waitFor: (predicate: (e: Event) => boolean, what: string) =>
      eventually(() => events.find(predicate), `${what} in the other process${stderr ? ` (stderr: ${stderr})` : ""}`),
    command: (command: object) => child.stdin.write(`${JSON.stringify(command)}\n`),
    stop: () =>
      new Promise<void>((resolve) =>
        child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill()),
      ),
  };
}

describe.runIf(onPostgres)("the PostgreSQL notifier", () => {
  const url = process.env.DATABASE_URL!;
  const open: PostgresNotifier[] = [];
  const notifier = (options: { onReconnect?: () => void } = {}) => {
    const created = createPostgresNotifier({ url, minBackoffMs: 50, maxBackoffMs: 500, ...options });
    open.push(created);
    return created;
  };
  const notifierBackends = () =>
    onServer(
      url,
      async (c) =>
        (
          await c.query<{ pid: number }>(
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'defector-narratives notifier'`,
          )
        ).rows,
    );
  const children: { stop(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all([...open.splice(0).map((n) => n.close()), ...children.splice(0).map((c) => c.stop())]);
  });

  it("delivers a message published in one process to the subscribers of every process, its own included", async () => {
    const other = otherProcess(url, ["class:1"]);
    children.push(other);
    await other.waitFor((e) => e.event === "listening", "LISTEN");
    const here = notifier();
    const heard: string[] = [];
    here.subscribe("class:1", (payload) => heard.push(payload));
    here.subscribe("class:2", (payload) => heard.push(`wrong channel: ${payload}`));
    await here.listening();

    await here.publish("class:1", "from this process");
    await other.waitFor(
      (e) => e.event === "message" && e.payload === "from this process",
      "the message from this process",
    );
    other.command({ publish: { channel: "class:1", payload: "from the other process" } });
    await eventually(() => (heard.length === 2 ? heard : undefined), "both messages here");
    expect(heard).toEqual(["from this process", "from the other process"]);
    await other.waitFor((e) => e.event === "message" && e.payload === "from the other process", "its own message");
  }, 30_000);

  it("reconnects after its connection is killed, LISTENs again, and delivers what is published afterwards", async () => {
    const other = otherProcess(url, ["class:1", "class:3"]);
    children.push(other);
    await other.waitFor((e) => e.event === "listening", "LISTEN");
    let reconnects = 0;
    const here = notifier({ onReconnect: () => reconnects++ });
    const heard: string[] = [];
    here.subscribe("class:3", (payload) => heard.push(payload));
    await here.listening();
    expect(await notifierBackends()).toHaveLength(2);

    await onServer(url, (c) =>
      c.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'defector-narratives notifier'`,
      ),
    );
    await other.waitFor((e) => e.event === "reconnected", "the reconnection");
    await eventually(() => (reconnects === 1 ? true : undefined), "the reconnection here");
    await here.listening();

    await here.publish("class:3", "after the drop");
    await other.waitFor(
      (e) => e.event === "message" && e.channel === "class:3" && e.payload === "after the drop",
      "the message after the drop",
    );
    await eventually(() => (heard.includes("after the drop") ? true : undefined), "the message after the drop here");
    expect(await notifierBackends()).toHaveLength(2);
  }, 30_000);

  it("holds one connection however many channels and subscribers it has, and stops delivering once unsubscribed", async () => {
    const here = notifier();
    const heard: string[] = [];
    const unsubscribe = Array.from({ length: 5 }, (_, i) =>
      here.subscribe(`room:${i % 3}`, (payload) => heard.push(`${i}:${payload}`)),
    );
    await here.listening();
    expect(await notifierBackends()).toHaveLength(1);

    unsubscribe[0]!();
    unsubscribe[0]!();
    await here.publish("room:0", "a");
    await eventually(() => (heard.length === 1 ? heard : undefined), "the remaining subscriber");
    expect(heard).toEqual(["3:a"]);
    unsubscribe[3]!();
    await here.publish("room:0", "b");
    await here.publish("room:1", "c");
    await eventually(() => (heard.length === 3 ? heard : undefined), "the message on room:1");
    expect(heard.sort()).toEqual(["1:c", "3:a", "4:c"]);
  });

  it("keeps channels apart whatever their names, within PostgreSQL's identifier limit", async () => {
    const here = notifier();
    const names = ["a b", "a_b", 'quote " and ; semicolon', "Ünïcödé ✓", "x".repeat(500), "CASE", "case"];
    const heard: [string, string][] = [];
    for (const name of names) here.subscribe(name, (payload) => heard.push([name, payload]));
    await here.listening();
    for (const name of names) await here.publish(name, `to ${name}`);
    await eventually(() => (heard.length === names.length ? heard : undefined), "every message");
    expect(heard).toEqual(names.map((n) => [n, `to ${n}`]));
    expect(Math.max(...names.map((n) => Buffer.byteLength(postgresChannel(n))))).toBeLessThanOrEqual(63);
    expect(() => postgresChannel("")).toThrow(TypeError);
  });

  it("delivers a payload of 4 kB and refuses a larger one", async () => {
    const here = notifier();
    const heard: string[] = [];
    here.subscribe("big", (payload) => heard.push(payload));
    await here.listening();
    const exactly = "é".repeat(MAX_PAYLOAD_BYTES / 2);
    await here.publish("big", exactly);
    await expect(here.publish("big", `${exactly}x`)).rejects.toThrow(RangeError);
    await eventually(() => (heard.length === 1 ? heard : undefined), "the 4 kB message");
    expect(heard[0]).toBe(exactly);
  });

  it("closes its connection for good", async () => {
    const here = notifier();
    here.subscribe("x", () => {});
    await here.listening();
    await here.close();
    expect(await notifierBackends()).toHaveLength(0);
    await expect(here.publish("x", "late")).rejects.toThrow(/closed/);
    expect(() => here.subscribe("x", () => {})).toThrow(/closed/);
  });
});
