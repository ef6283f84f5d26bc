import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";

// Which engine this test run uses: SQLite unless TEST_DATABASE=postgres, which needs TEST_POSTGRES_URL (a server
// URL whose user may create databases; `npm run test:postgres` and `npm test` supply a throwaway one).
export type TestEngine = "sqlite" | "postgres";

export const testEngine: TestEngine = process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite";
export const onPostgres = testEngine === "postgres";
export const onSqlite = testEngine === "sqlite";

export function postgresServerUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url)
    throw new Error(
      "TEST_DATABASE=postgres needs TEST_POSTGRES_URL, e.g. postgresql://postgres@localhost:5432/postgres",
    );
  return url;
}

/** The server URL with another database name in its path. */
export function postgresDatabaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Runs statements on the server's maintenance database (the one TEST_POSTGRES_URL names). */
export async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function createDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  return onServer(serverUrl, async (c) => {
    await c.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`);
  });
}

export function dropDatabase(serverUrl: string, name: string): Promise<void> {
  return onServer(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
  });
}

/** Drops every database whose name starts with the prefix (a run's leftovers). */
export function dropDatabasesLike(serverUrl: string, prefix: string): Promise<void> {
  return onServer(serverUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${quote(datname)} WITH (FORCE)`);
  });
}

// Every database of a run starts with the template's prefix, so the run's teardown finds them all.
const runDatabaseName = (template: string) =>
  `${template.replace(/template$/, "")}${crypto.randomUUID().replace(/-/g, "")}`;

/**
 * A new database migrated like the template of this run, as a DATABASE_URL: a copy of the SQLite template file,
 * or a PostgreSQL database created from the template database. Both go when the run ends (global-setup.ts).
 */
export async function freshDatabase(): Promise<string> {
  const template = inject("templateDatabase");
  if (onPostgres) {
    const server = postgresServerUrl();
    const name = runDatabaseName(template);
    await createDatabase(server, name, template);
    return postgresDatabaseUrl(server, name);
  }
  const file = path.join(path.dirname(template), `${crypto.randomUUID()}.db`);
  fs.copyFileSync(template, file);
  return `file:${file}`;
}

/** Removes a database that freshDatabase() made, before the run ends. */
export async function dropFreshDatabase(url: string): Promise<void> {
  if (onPostgres) {
    await dropDatabase(postgresServerUrl(), decodeURIComponent(new URL(url).pathname.slice(1)));
    return;
  }
  const file = url.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}

/** A new empty database (no migrations applied), as a DATABASE_URL; it goes when the run ends. */
export async function emptyDatabase(): Promise<string> {
  const template = inject("templateDatabase");
  if (onPostgres) {
    const server = postgresServerUrl();
    const name = runDatabaseName(template);
    await createDatabase(server, name);
    return postgresDatabaseUrl(server, name);
  }
  return `file:${path.join(path.dirname(template), `${crypto.randomUUID()}.db`)}`;
}
