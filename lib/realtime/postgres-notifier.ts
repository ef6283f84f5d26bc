import crypto from "node:crypto";
import pg from "pg";
import type { Notifier, Unsubscribe } from "@/lib/realtime/notifier";

// A Notifier over PostgreSQL LISTEN/NOTIFY, reaching every process of every instance that uses the same database.
//
// - One dedicated connection per notifier (create one per process): it LISTENs on every channel that has a
//   subscriber here, and publishes with pg_notify, so this process's own subscribers hear its messages too.
// - When that connection drops (server restart, failover, pg_terminate_backend), it reconnects with exponential
//   backoff and LISTENs again on every channel. Messages published while it was down are lost: PostgreSQL keeps
//   none for a session that was not listening. Callers treat a message as "something changed", re-read the state
//   from the database after onReconnect, and never rely on seeing every message.
// - Channel names may be any string: each maps to a PostgreSQL identifier of a prefix, a readable part and a hash
//   (at most 48 bytes, under the 63-byte limit), quoted for LISTEN.
// - Payloads over 4 kB (UTF-8 bytes) are refused; PostgreSQL's own limit is 8000 bytes.

export const MAX_PAYLOAD_BYTES = 4096;
const APPLICATION_NAME = "defector-narratives notifier";

export interface PostgresNotifierOptions {
  url: string;
  /** Called after a dropped connection is back and listening again: the moment to re-read state. */
  onReconnect?: () => void;
  /** Connection errors, for the log; the notifier keeps reconnecting either way. */
  onError?: (error: Error) => void;
  /** First and longest wait between reconnection attempts, in ms (defaults 100 and 10 000). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** How long publish waits for the connection before failing, in ms (default 10 000). */
  publishTimeoutMs?: number;
}

export function postgresChannel(channel: string): string {
  if (typeof channel !== "string" || channel.length === 0)
    throw new TypeError("A channel name must be a non-empty string");
  const readable = channel.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 32);
  const hash = crypto.createHash("sha256").update(channel).digest("hex").slice(0, 12);
  return `dn_${readable}_${hash}`;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export class PostgresNotifier implements Notifier {
  private readonly subscribers = new Map<string, Set<(payload: string) => void>>(); // by PostgreSQL channel
  private client: pg.Client | null = null;
  private connected: Promise<pg.Client> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  private closed = false;

  constructor(private readonly options: PostgresNotifierOptions) {}

  async publish(channel: string, payload: string): Promise<void> {
    const name = postgresChannel(channel);
    if (Buffer.byteLength(payload, "utf8") > MAX_PAYLOAD_BYTES) {
      throw new RangeError(`A notification payload is limited to ${MAX_PAYLOAD_BYTES} bytes`);
    }
    const client = await this.ready(this.options.publishTimeoutMs ?? 10_000);
    await client.query("SELECT pg_notify($1, $2)", [name, payload]);
  }

  subscribe(channel: string, onMessage: (payload: string) => void): Unsubscribe {
    if (this.closed) throw new Error("The notifier is closed");
    const name = postgresChannel(channel);
    let handlers = this.subscribers.get(name);
    if (!handlers) {
      handlers = new Set();
      this.subscribers.set(name, handlers);
      if (this.client) this.command(`LISTEN ${quote(name)}`);
    }
    // One entry per subscription, so the same function subscribed twice is called twice and unsubscribed once each.
    const entry = (payload: string) => onMessage(payload);
    handlers.add(entry);
    this.start();
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      handlers.delete(entry);
      if (handlers.size === 0 && this.subscribers.get(name) === handlers) {
        this.subscribers.delete(name);
        if (this.client) this.command(`UNLISTEN ${quote(name)}`);
      }
    };
  }

  /** Resolves once the connection is up and LISTENs on every channel subscribed so far. */
  async listening(timeoutMs = 10_000): Promise<void> {
    const client = await this.ready(timeoutMs);
    await client.query("SELECT 1");
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.subscribers.clear();
    const client = this.client;
    this.client = null;
    this.connected = null;
    await client?.end().catch(() => {});
  }

  private start(): void {
    if (!this.client && !this.retry && !this.closed) this.connect();
  }

  private connect(): void {
    this.retry = null;
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: APPLICATION_NAME,
      keepAlive: true,
    });
    this.client = client;
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (error) this.options.onError?.(error);
      if (this.client === client) {
        this.client = null;
        this.connected = null;
        client.end().catch(() => {});
        this.scheduleReconnect();
      }
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", (message) => {
      for (const handler of [...(this.subscribers.get(message.channel) ?? [])]) {
        try {
          handler(message.payload ?? "");
        } catch (error) {
          this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
        }
      }
    });
    const reconnecting = this.failures > 0;
    this.connected = (async () => {
      await client.connect();
      const channels = [...this.subscribers.keys()];
      if (channels.length > 0) await client.query(channels.map((name) => `LISTEN ${quote(name)}`).join("; "));
      return client;
    })();
    this.connected.then(
      () => {
        if (this.client !== client) return;
        this.failures = 0;
        if (reconnecting) this.options.onReconnect?.();
      },
      (error: Error) => onLost(error),
    );
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retry) return;
    const min = this.options.minBackoffMs ?? 100;
    const max = this.options.maxBackoffMs ?? 10_000;
    const delay = Math.min(max, min * 2 ** this.failures) * (0.5 + Math.random() / 2);
    this.failures++;
    this.retry = setTimeout(() => this.connect(), delay);
  }

  // LISTEN/UNLISTEN on the live connection; a failure there means the connection is going, and the
  // reconnection LISTENs on the subscribed channels anyway.
  private command(sql: string): void {
    this.client?.query(sql).catch(() => {});
  }

  // The live connection, waiting through connection attempts and backoff for at most timeoutMs.
  private async ready(timeoutMs: number): Promise<pg.Client> {
    const deadline = Date.now() + timeoutMs;
    this.start();
    while (!this.closed && Date.now() < deadline) {
      const attempt = this.connected;
      let timer: NodeJS.Timeout | undefined;
      const wait = new Promise<null>(
        (resolve) => (timer = setTimeout(() => resolve(null), attempt ? deadline - Date.now() : 25)),
      );
      const client = await Promise.race([attempt?.catch(() => null) ?? wait, wait]);
      clearTimeout(timer);
      if (client && this.client === client) return client;
    }
    throw new Error(
      this.closed ? "The notifier is closed" : `No connection to PostgreSQL for notifications within ${timeoutMs} ms`,
    );
  }
}

/** One per process: it holds one connection for as long as it is open. */
export function createPostgresNotifier(options: PostgresNotifierOptions): PostgresNotifier {
  return new PostgresNotifier(options);
}
