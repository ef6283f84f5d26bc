import { spawn, type SpawnOptions } from "node:child_process";
import path from "node:path";

/** Node's arguments for the production server (scripts/serve.ts), which loads the app's server-only TypeScript modules. */
export const SERVER_COMMAND = ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts"];

export function bin(name: string): string {
  return path.join(process.cwd(), "node_modules", ".bin", name);
}

// Runs a command to completion with inherited output; rejects on a non-zero exit.
export function run(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? code})`)),
    );
  });
}
