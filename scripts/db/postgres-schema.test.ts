import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, SOURCE_SCHEMA, derivePostgresSchema } from "@/scripts/db/postgres-schema";

describe("the PostgreSQL schema", () => {
  it("is derived from the current prisma/schema.prisma (run npm run db:schema when this fails)", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(derivePostgresSchema(fs.readFileSync(SOURCE_SCHEMA, "utf8")));
  });

  it("swaps the provider and client, and stores DateTime as timestamptz(3), keeping comments and other attributes", () => {
    const source = [
      "generator client {",
      '  provider = "prisma-client-js"',
      "}",
      "",
      "datasource db {",
      '  provider = "sqlite"',
      '  url      = "file:./x.db"',
      "}",
      "",
      "model A {",
      "  id   String   @id",
      "  at   DateTime? // when",
      "  made DateTime @default(now())",
      "  kept DateTime @db.Timestamp(6)",
      "}",
    ].join("\n");
    const derived = derivePostgresSchema(source);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('provider     = "prisma-client"');
    expect(derived).not.toContain("sqlite");
    expect(derived).toContain("  at   DateTime? @db.Timestamptz(3) // when");
    expect(derived).toContain("  made DateTime @default(now()) @db.Timestamptz(3)");
    expect(derived).toContain("  kept DateTime @db.Timestamp(6)");
    expect(derived).toContain("  id   String   @id\n");
  });

  it("refuses a schema without exactly one generator and one datasource", () => {
    expect(() => derivePostgresSchema("model A {\n  id String @id\n}\n")).toThrow(
      /exactly one generator and one datasource/,
    );
  });
});
