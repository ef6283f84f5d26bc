// A throwaway PostgreSQL cluster for tests: initdb in a temporary directory, a server listening only on a Unix
// socket inside that directory (no TCP port, so it never clashes with another server), removed on stop.
// Used by `npm test` (scripts/test-all.mjs) and `npm run test:postgres` when no TEST_POSTGRES_URL is given.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SERVER_PORT = 5432; // only names the socket file inside the private directory

/**
 * The directory holding initdb and pg_ctl: POSTGRES_BIN_DIR, the PATH, Debian's /usr/lib/postgresql/<version>/bin
 * (newest first), or /usr/local/pgsql/bin.
 */
export function findPostgresBinDir(env = process.env, systemDirs = true) {
  const candidates = [env.POSTGRES_BIN_DIR, ...(env.PATH ?? "").split(path.delimiter)];
  const debian = "/usr/lib/postgresql";
  if (systemDirs && fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(debian, v, "bin")));
  }
  if (systemDirs) candidates.push("/usr/local/pgsql/bin");
  return (
    candidates.find(
      (dir) => dir && fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl")),
    ) ?? null
  );
}

// PostgreSQL refuses to run as root: as root, the cluster belongs to the "postgres" system user.
function runAs(user, command, args) {
  const [cmd, argv] = user ? ["runuser", ["-u", user, "--", command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0)
    throw new Error(
      `${path.basename(command)} failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`,
    );
}

function serverUser() {
  if (process.getuid?.() !== 0) return null;
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
    return "postgres";
  } catch {
    throw new Error('running as root needs a "postgres" system user to own the throwaway cluster');
  }
}

/**
 * Starts a cluster; returns { url, stop } (url names the "postgres" database as the superuser "postgres",
 * trust authentication over the private socket), or to { skip } saying why none could be started.
 */
export function startThrowawayPostgres({ env = process.env, systemDirs = true } = {}) {
  const bin = findPostgresBinDir(env, systemDirs);
  if (!bin) return { skip: "PostgreSQL is not installed (no initdb found; set POSTGRES_BIN_DIR or TEST_POSTGRES_URL)" };
  let user;
  try {
    user = serverUser();
  } catch (error) {
    return { skip: error.message };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dn-postgres-"));
  const data = path.join(dir, "data");
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  if (user) execFileSync("chown", [user, dir]);
  fs.chmodSync(dir, 0o700);
  try {
    runAs(user, path.join(bin, "initdb"), [
      "-D",
      data,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--no-locale",
      "--no-sync",
    ]);
    // Durability settings off: the cluster is deleted afterwards anyway.
    const options = `-k ${dir} -p ${SERVER_PORT} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    runAs(user, path.join(bin, "pg_ctl"), [
      "-D",
      data,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "-s",
      "-o",
      options,
      "start",
    ]);
  } catch (error) {
    remove();
    return { skip: `could not start a throwaway PostgreSQL: ${error.message}` };
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      runAs(user, path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-s", "stop"]);
    } finally {
      remove();
    }
  };
  const url = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(dir)}&port=${SERVER_PORT}`;
  return { url, stop, dir };
}

/**
 * The server the PostgreSQL test run uses: TEST_POSTGRES_URL when set (its user must be allowed to create
 * databases), otherwise a throwaway cluster; or { skip } saying why there is none.
 */
export function testPostgresServer(env = process.env) {
  if (env.TEST_POSTGRES_URL) return { url: env.TEST_POSTGRES_URL, stop: () => {}, origin: "TEST_POSTGRES_URL" };
  const started = startThrowawayPostgres({ env });
  return started.skip ? started : { ...started, origin: "a throwaway cluster" };
}
