import type { Env } from "@/lib/env";

export interface DemoPolicy {
  /** Whether the demo educator and trainee exist and can sign in. */
  enabled: boolean;
  /** Whether the demo admin can sign in: never on a public URL, whatever SEED_DEMO says. */
  admin: boolean;
  /** The public URL the decision was made for. */
  url: string;
  local: boolean;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLocalUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return LOCAL_HOSTS.has(host) || host.endsWith(".localhost");
  } catch {
    return false;
  }
}

/**
 * Demo accounts have a published password, so they are opt-in for a deployment: on by default only while the app's
 * public URL is a localhost URL (a fresh clone's `npm start`), on elsewhere only with an explicit SEED_DEMO=true, and
 * the demo admin never on a public URL.
 */
export function demoPolicy(env: Pick<Env, "SEED_DEMO" | "NEXTAUTH_URL" | "PORT">): DemoPolicy {
  const url = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  const local = isLocalUrl(url);
  const enabled = env.SEED_DEMO ?? local;
  return { enabled, admin: enabled && local, url, local };
}

/** What start-up prints about the demo accounts, loudly when they are on. */
export function demoNotice(policy: DemoPolicy, password: string, accounts: readonly { email: string; role: string }[]) {
  if (!policy.enabled) return ["Demo accounts: off (set SEED_DEMO=true on a localhost URL to try the app)."];
  const shown = accounts.filter((a) => a.role !== "ADMIN" || policy.admin);
  const rule = "!".repeat(78);
  return [
    rule,
    `!! DEMO ACCOUNTS ARE ON at ${policy.url}: anyone can sign in with the published password "${password}".`,
    ...shown.map((a) => `!!   ${a.role.toLowerCase().padEnd(8)} ${a.email}`),
    ...(policy.local
      ? ["!! Fine on this machine. For any other URL they are off unless SEED_DEMO=true."]
      : ["!! This is not a localhost URL: the demo admin stays off. Set SEED_DEMO=false before real use."]),
    rule,
  ];
}
