import Database from "better-sqlite3";
import { answerBody, type AnswerTask } from "@/scripts/bench/load-data";
import type { RunningServer } from "@/scripts/bench/server";

export interface DurabilityResult {
  sent: number;
  acknowledged: number;
  unacknowledged: number;
  replayedStoredBeforeKill: number;
  replayedNew: number;
  replayFailures: number;
  stored: number;
  lost: number;
  duplicates: number;
  ok: boolean;
}

interface Sent {
  task: AnswerTask;
  key: string;
  acknowledged: boolean;
}

async function post(url: string, cookie: string, sent: Sent): Promise<number> {
  const response = await fetch(`${url}/api/attempts/${sent.task.attemptId}/answers`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: answerBody(sent.task, sent.key),
  });
  await response.arrayBuffer();
  return response.status;
}

/**
 * A burst of answers, SIGKILL in the middle of it, a restart, and a replay of everything not acknowledged
 * with its original idempotency key. Stored answers must be exactly the sent ones, once each.
 */
export async function killAndReplay(options: {
  tasks: AnswerTask[];
  cookies: string[];
  databaseFile: string;
  start: () => Promise<RunningServer>;
  killAfterMs: number;
  concurrency: number;
}): Promise<DurabilityResult> {
  const { tasks, cookies } = options;
  const cookieOf = (task: AnswerTask) => cookies[task.trainee % cookies.length]!;
  let server = await options.start();
  const sent: Sent[] = [];
  let killed = false;
  let next = 0;
  const killTimer = setTimeout(() => {
    killed = true;
    server.process.kill("SIGKILL");
  }, options.killAfterMs);

  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (!killed && next < tasks.length) {
        const entry: Sent = { task: tasks[next++]!, key: crypto.randomUUID(), acknowledged: false };
        sent.push(entry);
        try {
          const status = await post(server.url, cookieOf(entry.task), entry);
          entry.acknowledged = status >= 200 && status < 300;
        } catch {
          // The connection died with the server: not acknowledged.
        }
      }
    }),
  );
  clearTimeout(killTimer);
  if (!killed) server.process.kill("SIGKILL");
  await server.stop("SIGKILL");

  server = await options.start();
  let replayedStoredBeforeKill = 0;
  let replayedNew = 0;
  let replayFailures = 0;
  const pending = sent.filter((s) => !s.acknowledged);
  let cursor = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (cursor < pending.length) {
        const entry = pending[cursor++]!;
        const status = await post(server.url, cookieOf(entry.task), entry).catch(() => 0);
        if (status === 200) replayedStoredBeforeKill++;
        else if (status === 201) replayedNew++;
        else replayFailures++;
      }
    }),
  );
  await server.stop();

  const db = new Database(options.databaseFile, { readonly: true });
  const keys = new Map(sent.map((s) => [s.task.itemId, s.key]));
  const stored = db
    .prepare(`SELECT "itemId", "idempotencyKey" FROM "Answer" WHERE "itemId" IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify([...keys.keys()])) as { itemId: string; idempotencyKey: string }[];
  db.close();
  const matching = stored.filter((row) => keys.get(row.itemId) === row.idempotencyKey);
  const duplicates = stored.length - new Set(stored.map((r) => r.itemId)).size;
  const lost = sent.length - matching.length;
  return {
    sent: sent.length,
    acknowledged: sent.length - pending.length,
    unacknowledged: pending.length,
    replayedStoredBeforeKill,
    replayedNew,
    replayFailures,
    stored: stored.length,
    lost,
    duplicates,
    ok: lost === 0 && duplicates === 0 && replayFailures === 0 && stored.length === sent.length,
  };
}
