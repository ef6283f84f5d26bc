import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";

describe("readEnv", () => {
  it("runs a fresh clone with defaults", () => {
    expect(readEnv({})).toMatchObject({
      DATABASE_URL: "file:./data/app.db",
      PORT: 3000,
      TRUSTED_PROXY_HOPS: 0,
      SESSION_IDLE_MINUTES: 60,
      SESSION_MAX_HOURS: 12,
    });
    expect(readEnv({}).SEED_DEMO).toBeUndefined();
  });
  it("reads an explicit SEED_DEMO", () => {
    expect(readEnv({ SEED_DEMO: "false" }).SEED_DEMO).toBe(false);
    expect(readEnv({ SEED_DEMO: "true" }).SEED_DEMO).toBe(true);
  });
  it("refuses a short secret and names the variable", () => {
    expect(() => readEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });
  it("withholds report figures from fewer than 5 trainees unless told otherwise", () => {
    expect(readEnv({}).REPORT_MIN_GROUP).toBe(5);
    expect(readEnv({ REPORT_MIN_GROUP: "10" }).REPORT_MIN_GROUP).toBe(10);
    expect(() => readEnv({ REPORT_MIN_GROUP: "0" })).toThrow(/REPORT_MIN_GROUP/);
  });

  it("refuses session lifetimes out of range and a negative proxy count", () => {
    expect(() => readEnv({ SESSION_IDLE_MINUTES: "1" })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => readEnv({ SESSION_MAX_HOURS: "0" })).toThrow(/SESSION_MAX_HOURS/);
    expect(() => readEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
