// Types for throwaway-postgres.mjs (plain JavaScript, so that scripts/test-all.mjs can import it without tsx).
type Env = Record<string, string | undefined>;
export type Skipped = { skip: string };
export type Server = { url: string; stop: () => void; dir?: string; origin?: string };

export function findPostgresBinDir(env?: Env, systemDirs?: boolean): string | null;
export function startThrowawayPostgres(options?: {
  env?: Env;
  systemDirs?: boolean;
}): (Server & { dir: string }) | Skipped;
export function testPostgresServer(env?: Env): (Server & { origin: string }) | Skipped;
