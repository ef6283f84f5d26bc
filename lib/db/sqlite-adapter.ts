import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { Mutex } from "async-mutex";
import type Database from "better-sqlite3";
import { databaseFile } from "./database-url";
import { lockTransactions, SQLITE_BUSY_TIMEOUT_MS, type SQLiteConnection } from "./sqlite-connection";
import { cacheStatements } from "./statement-cache";

// Connection settings for the embedded SQLite database. WAL lets readers run beside the writer,
// NORMAL sync stays durable across process crashes in WAL mode, and the busy timeout queues
// writers from other processes instead of failing them. Foreign keys are off by default in SQLite. secure_delete
// overwrites deleted rows with zeros, so a deleted account's name, email and answers do not linger in free pages.

const CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA foreign_keys = ON",
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  "PRAGMA synchronous = NORMAL",
  "PRAGMA secure_delete = ON",
].join(";\n");

export class ConfiguredSQLiteAdapter extends PrismaBetterSQLite3 {
  /** Prisma's connection, once it has connected (lib/db/sqlite-connection.ts). */
  connection: SQLiteConnection | undefined;

  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    const client = (adapter as unknown as { client: Database.Database }).client;
    cacheStatements(client);
    const lock = new Mutex();
    lockTransactions(adapter, lock);
    this.connection = { client, lock };
    return adapter;
  }
}

export function createSQLiteAdapter(url?: string): ConfiguredSQLiteAdapter {
  return new ConfiguredSQLiteAdapter({ url: databaseFile(url), timeout: SQLITE_BUSY_TIMEOUT_MS });
}
