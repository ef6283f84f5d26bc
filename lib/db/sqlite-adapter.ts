import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";
import { databaseFile } from "./database-url";
import { cacheStatements } from "./statement-cache";

// Connection settings for the embedded SQLite database. WAL lets readers run beside the writer,
// NORMAL sync stays durable across process crashes in WAL mode, and the busy timeout queues
// writers from other processes instead of failing them. Foreign keys are off by default in SQLite. secure_delete
// overwrites deleted rows with zeros, so a deleted account's name, email and answers do not linger in free pages.
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

const CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA foreign_keys = ON",
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  "PRAGMA synchronous = NORMAL",
  "PRAGMA secure_delete = ON",
].join(";\n");

class ConfiguredSQLiteAdapter extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    cacheStatements((adapter as unknown as { client: Database.Database }).client);
    return adapter;
  }
}

export function createSQLiteAdapter(url?: string): PrismaBetterSQLite3 {
  return new ConfiguredSQLiteAdapter({ url: databaseFile(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
}
