import { readEnv } from "@/lib/env";
import { describe, expect, it } from "vitest";
import { databaseEngine, describeDatabase, redactUrl } from "@/lib/db/engine";
import { DEFAULT_POOL_SIZE, DEFAULT_STATEMENT_TIMEOUT_MS, postgresSettings } from "@/lib/db/postgres-adapter";

describe("databaseEngine", () => {
  it("is SQLite for a file: URL, the default", () => {
    expect(databaseEngine("file:./data/app.db")).toBe("sqlite");
  });
  it("is PostgreSQL for postgresql:// and postgres:// URLs", () => {
    expect(databaseEngine("postgresql://app:secret@db.internal:5432/app")).toBe("postgres");
    expect(databaseEngine("postgres://app@localhost/app?host=/run/postgresql")).toBe("postgres");
  });
  it("refuses any other URL without printing its password", () => {
    expect(() => databaseEngine("mysql://app:secret@db/app")).toThrow(
      /SQLite file: URL or a postgresql:\/\/ URL, got "mysql:\/\/app:\*\*\*@db\/app"/,
    );
  });
});

describe("describeDatabase", () => {
  it("names the engine and masks the password", () => {
    expect(describeDatabase("postgresql://app:s3cr%40t@db:5432/app")).toBe(
      "PostgreSQL postgresql://app:***@db:5432/app",
    );
    expect(redactUrl("postgresql://app@db/app")).toBe("postgresql://app@db/app");
    expect(describeDatabase("file::memory:")).toBe("SQLite :memory:");
  });
});

describe("postgresSettings", () => {
  it("defaults to a small pool and a statement timeout", () => {
    expect(postgresSettings(readEnv({}))).toEqual({
      poolSize: DEFAULT_POOL_SIZE,
      statementTimeoutMs: DEFAULT_STATEMENT_TIMEOUT_MS,
    });
  });
  it("reads DATABASE_POOL_SIZE and DATABASE_STATEMENT_TIMEOUT_MS, where 0 turns the timeout off", () => {
    expect(postgresSettings(readEnv({ DATABASE_POOL_SIZE: "12", DATABASE_STATEMENT_TIMEOUT_MS: "0" }))).toEqual({
      poolSize: 12,
      statementTimeoutMs: 0,
    });
  });
  it("refuses values that are not whole numbers in range, naming the variable", () => {
    expect(() => postgresSettings(readEnv({ DATABASE_POOL_SIZE: "0" }))).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => postgresSettings(readEnv({ DATABASE_STATEMENT_TIMEOUT_MS: "5s" }))).toThrow(
      /DATABASE_STATEMENT_TIMEOUT_MS/,
    );
  });
});
