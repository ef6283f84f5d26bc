import { PrismaPg } from "@prisma/adapter-pg";
import { env, type Env } from "../env";

// Connection settings for PostgreSQL. Each server process (WEB_CONCURRENCY of them per instance) keeps its own
// pool, plus one connection for LISTEN (lib/realtime/postgres-notifier.ts), so an instance holds up to
// WEB_CONCURRENCY × (DATABASE_POOL_SIZE + 1) connections: keep the sum over instances below the server's
// max_connections (100 by default). Node runs one request's JavaScript at a time, and a request here makes at most
// five queries at once (the item analysis), so a small pool keeps the process busy; more connections mostly queue
// inside PostgreSQL instead of in the pool.
export const DEFAULT_POOL_SIZE = 5; // the default of DATABASE_POOL_SIZE in lib/env.ts
// No statement of this app should run for long: a stuck one is ended instead of holding a connection and its
// locks. Migrations run on their own connection without this limit.
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000; // the default of DATABASE_STATEMENT_TIMEOUT_MS

export interface PostgresSettings {
  poolSize: number;
  statementTimeoutMs: number;
}

/** DATABASE_POOL_SIZE (connections per process) and DATABASE_STATEMENT_TIMEOUT_MS (0 turns the limit off). */
export function postgresSettings(settings: Env = env()): PostgresSettings {
  return { poolSize: settings.DATABASE_POOL_SIZE, statementTimeoutMs: settings.DATABASE_STATEMENT_TIMEOUT_MS };
}

export function createPostgresAdapter(url: string, settings: PostgresSettings = postgresSettings()): PrismaPg {
  return new PrismaPg({
    connectionString: url,
    max: settings.poolSize,
    statement_timeout: settings.statementTimeoutMs,
    application_name: "defector-narratives",
  });
}
