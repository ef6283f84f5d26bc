import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env as currentEnv, type Env } from "@/lib/env";

const SECRET_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), "data", "auth-secret");

export interface ResolvedSecret {
  secret: string;
  origin: "environment" | "file" | "generated";
}

// AUTH_SECRET wins; otherwise a secret generated once and kept under data/, never committed.
export function resolveAuthSecret(
  env: Pick<Env, "AUTH_SECRET"> = currentEnv(),
  file: string = SECRET_FILE,
): ResolvedSecret {
  const fromEnv = env.AUTH_SECRET?.trim();
  if (fromEnv) return { secret: fromEnv, origin: "environment" };
  if (fs.existsSync(file)) {
    const stored = fs.readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return { secret: stored, origin: "file" };
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, origin: "generated" };
}
