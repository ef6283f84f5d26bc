import { Mutex } from "async-mutex";
import type Database from "better-sqlite3";

// Prisma's SQLite adapter runs a transaction as BEGIN, then each statement after an await, then COMMIT, so SQLite's
// write lock is held across turns of the event loop. With one server process per core, the other process's writer
// then waits in SQLite's busy handler, which sleeps with its event loop blocked: under a classroom's burst of answers
// that queued every request behind it (docs/performance.md). A write that is only a few statements can instead run
// as one synchronous transaction on the same connection, holding the lock for microseconds. It must never land inside
// a transaction of Prisma's that is waiting on an await, so both take one lock per connection.

export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export interface SQLiteConnection {
  client: Database.Database;
  /** Held by every transaction on this connection, Prisma's and the synchronous ones alike. */
  lock: Mutex;
}

interface TransactionLike {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

interface AdapterLike {
  startTransaction(isolationLevel?: unknown): Promise<TransactionLike>;
}

/** Makes the adapter's transactions take the connection's lock until they commit or roll back. */
export function lockTransactions(adapter: AdapterLike, lock: Mutex): void {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    try {
      const transaction = await start(isolationLevel);
      const commit = transaction.commit.bind(transaction);
      const rollback = transaction.rollback.bind(transaction);
      // Prisma sends COMMIT or ROLLBACK as a statement, then calls these: the lock outlives the transaction.
      transaction.commit = () => commit().finally(release);
      transaction.rollback = () => rollback().finally(release);
      return transaction;
    } catch (error) {
      release();
      throw error;
    }
  };
}

type Outcome<T> = { ok: true; value: T } | { ok: false };

/** One try at the write lock without SQLite's busy handler, which would sleep with the event loop blocked. */
function tryTransaction<T>(client: Database.Database, work: () => T): Outcome<T> {
  client.pragma("busy_timeout = 0");
  try {
    return { ok: true, value: client.transaction(work).immediate() };
  } catch (error) {
    if ((error as { code?: unknown }).code === "SQLITE_BUSY") return { ok: false };
    throw error;
  } finally {
    client.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  }
}

const nextTurn = (tries: number) =>
  new Promise<void>((resolve) => (tries < 64 ? setImmediate(resolve) : setTimeout(resolve, 1)));

/**
 * Runs `work` as one IMMEDIATE transaction (the write lock taken at BEGIN, so a read never has to be upgraded) on the
 * connection, between Prisma's transactions on it. When none is open it runs at once, without a turn of the event
 * loop: nothing can take the lock between the check and the run. While another process holds the write lock, it tries
 * again on later turns of the event loop, serving other requests meanwhile, for as long as the busy timeout.
 */
export async function runSynchronousTransaction<T>(connection: SQLiteConnection, work: () => T): Promise<T> {
  const started = Date.now();
  for (let tries = 0; ; tries++) {
    const outcome = await runBetweenTransactions(connection, () => tryTransaction(connection.client, work));
    if (outcome.ok) return outcome.value;
    if (Date.now() - started > SQLITE_BUSY_TIMEOUT_MS) {
      throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    }
    await nextTurn(tries);
  }
}

/** Runs `work` synchronously when no transaction is open on the connection: at once if none is, else after it. */
export async function runBetweenTransactions<T>(connection: SQLiteConnection, work: () => T): Promise<T> {
  const run = () => {
    if (connection.client.inTransaction) throw new Error("A transaction is already open on this connection");
    return work();
  };
  if (!connection.lock.isLocked()) return run();
  return connection.lock.runExclusive(run);
}
