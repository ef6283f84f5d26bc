import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";

describe("readEnv", () => {
  it("runs a fresh clone with defaults", () => {
    expect(readEnv({})).toMatchObject({ DATABASE_URL: "file:./data/app.db", SEED_DEMO: true, PORT: 3000 });
  });
  it("turns the demo accounts off with SEED_DEMO=false", () => {
    expect(readEnv({ SEED_DEMO: "false" }).SEED_DEMO).toBe(false);
  });
  it("refuses a short secret and names the variable", () => {
    expect(() => readEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });
  it("withholds report figures from fewer than 5 trainees unless told otherwise", () => {
    expect(readEnv({}).REPORT_MIN_GROUP).toBe(5);
    expect(readEnv({ REPORT_MIN_GROUP: "10" }).REPORT_MIN_GROUP).toBe(10);
    expect(() => readEnv({ REPORT_MIN_GROUP: "0" })).toThrow(/REPORT_MIN_GROUP/);
  });
});
