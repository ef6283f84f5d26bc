import fs from "node:fs";

// CPU time of a process and every process under it (a cluster primary and its workers), read from /proc on Linux.
const CLOCK_TICKS_PER_SECOND = 100;

function stat(pid: number): { ppid: number; cpuSeconds: number } | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: the fields after it are fixed.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(fields[1]);
    const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
    return { ppid, cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** The CPU seconds used so far by `root` and its descendants, or null where /proc is not available. */
export function treeCpuSeconds(root: number): number | null {
  if (!fs.existsSync("/proc")) return null;
  const all = new Map<number, { ppid: number; cpuSeconds: number }>();
  for (const entry of fs.readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (s) all.set(pid, s);
  }
  if (!all.has(root)) return null;
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
      if (p === root) return true;
      p = all.get(p)?.ppid ?? 0;
    }
    return false;
  };
  let total = 0;
  for (const [pid, s] of all) if (inTree(pid)) total += s.cpuSeconds;
  return total;
}

/** Resident memory of `root` and its descendants, in bytes (VmRSS). */
export function treeMemoryBytes(root: number): number | null {
  if (!fs.existsSync("/proc")) return null;
  let total = 0;
  const pids = [root];
  const seen = new Set<number>();
  while (pids.length > 0) {
    const pid = pids.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
        const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
        if (children) pids.push(...children.split(" ").map(Number));
      }
    } catch {
      // The process ended while it was read.
    }
  }
  return total;
}
