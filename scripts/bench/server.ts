import { spawn, type ChildProcess } from "node:child_process";
import { SERVER_COMMAND } from "@/scripts/lib/run";

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function waitForUrl(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000} s`);
}

// Every server the benchmark started, so a failed run leaves none listening on its ports.
const started = new Set<ChildProcess>();

export function killAllServers(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

function stopper(child: ChildProcess) {
  started.add(child);
  return (signal: NodeJS.Signals = "SIGTERM") =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill(signal);
    });
}

/** The production build of the app, served by `next start` on the given database. */
export async function startApp(port: number, env: Record<string, string>, profileDir?: string): Promise<RunningServer> {
  // --cpu-prof is refused in NODE_OPTIONS, so a profiled server runs Next's CLI under node directly.
  const args = [...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []), ...SERVER_COMMAND];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(`${url}/signin`);
  return { url, process: child, stop: stopper(child) };
}

export async function startBaseline(port: number, databaseFile: string): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/bench/baseline-server.ts", String(port), databaseFile],
    {
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(`${url}/health`);
  return { url, process: child, stop: stopper(child) };
}
