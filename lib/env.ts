import { z } from "zod";

// Every environment variable the app reads, parsed once, with defaults that make a fresh clone run. Nothing else in
// app/, components/ or lib/ reads process.env (a lint rule keeps it so). Imports here stay relative: the Prisma CLI
// loads this file through prisma.config.ts without the app's path aliases.
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, "must be an IANA time zone such as Europe/Berlin");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  // Unset: demo accounts only while NEXTAUTH_URL is a localhost URL (lib/accounts/demo-policy.ts).
  SEED_DEMO: booleanFlag.optional(),
  SEEDS_DIR: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  APP_TIME_ZONE: timeZone.default("UTC"),
  // How many reverse proxies in front of the server append to X-Forwarded-For (scripts/serve.ts); 0 trusts none.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // A session ends after this long without a request, and in any case this long after sign-in.
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(60),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 24)
    .default(12),
  // PostgreSQL only (lib/db/postgres-adapter.ts): connections per server process, and the longest a statement may run.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(5),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  // Class reports withhold any figure drawn from fewer trainees than this.
  REPORT_MIN_GROUP: z.coerce.number().int().min(1).max(100).default(5),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== "")),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

let current: Env | undefined;

/** The process's environment, parsed on first use. */
export function env(): Env {
  current ??= readEnv();
  return current;
}
