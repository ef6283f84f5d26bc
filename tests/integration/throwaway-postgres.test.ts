import fs from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { findPostgresBinDir, startThrowawayPostgres, testPostgresServer } from "@/scripts/db/throwaway-postgres.mjs";
import { onSqlite } from "@/tests/support/test-database";

// The cluster `npm test` and `npm run test:postgres` start when no TEST_POSTGRES_URL is given. It needs no test
// database, so it runs once per `npm test` (in the SQLite run), where PostgreSQL is installed.
describe.runIf(onSqlite)("a throwaway PostgreSQL cluster", () => {
  it.runIf(findPostgresBinDir() !== null)(
    "serves a database over a private socket only, and leaves nothing behind",
    async () => {
      const server = startThrowawayPostgres();
      if ("skip" in server) throw new Error(server.skip);
      try {
        const client = new pg.Client({ connectionString: server.url });
        await client.connect();
        const { rows } = await client.query<{ listen: string; fsync: string }>(
          "SELECT current_setting('listen_addresses') AS listen, current_setting('fsync') AS fsync",
        );
        await client.query("CREATE DATABASE scratch");
        await client.end();
        expect(rows[0]).toEqual({ listen: "", fsync: "off" });
        expect(server.url).toContain(encodeURIComponent(server.dir));
      } finally {
        server.stop();
      }
      expect(fs.existsSync(server.dir)).toBe(false);
      await expect(new pg.Client({ connectionString: server.url }).connect()).rejects.toThrow();
    },
    60_000,
  );

  it("is skipped with the reason when PostgreSQL is not installed", () => {
    expect(startThrowawayPostgres({ env: { PATH: "" }, systemDirs: false })).toEqual({
      skip: expect.stringMatching(/PostgreSQL is not installed/),
    });
  });

  it("is not started when TEST_POSTGRES_URL names a server", () => {
    const server = testPostgresServer({ TEST_POSTGRES_URL: "postgresql://ci@db.internal/postgres" });
    expect(server).toMatchObject({ url: "postgresql://ci@db.internal/postgres", origin: "TEST_POSTGRES_URL" });
  });
});
