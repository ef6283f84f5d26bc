import { DEFAULT_DATABASE_URL, env } from "../env";
import { databaseFile } from "./database-url";

// The one place that decides which database engine a DATABASE_URL names: a file: URL is the embedded SQLite
// database (the default), a postgresql:// or postgres:// URL a PostgreSQL server.
export type DatabaseEngine = "sqlite" | "postgres";

/** The database URL of these settings (a child process's environment, say), or of this process. */
export function databaseUrl(source?: Record<string, string | undefined>): string {
  return source ? source.DATABASE_URL || DEFAULT_DATABASE_URL : env().DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function databaseEngine(url: string = databaseUrl()): DatabaseEngine {
  if (isPostgresUrl(url)) return "postgres";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must be a SQLite file: URL or a postgresql:// URL, got "${redactUrl(url)}"`);
}

/** The URL with any password masked, for logs and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*:)[^@/]*@/i, "$1***@");
}

/** One line saying which database this process uses, without secrets. */
export function describeDatabase(url: string = databaseUrl()): string {
  return databaseEngine(url) === "postgres" ? `PostgreSQL ${redactUrl(url)}` : `SQLite ${databaseFile(url)}`;
}
