import fs from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
  children?: number[];
}

// Groups self time by package (or app file) so "where the time goes" reads at a glance.
function bucket(url: string): string {
  if (!url) return "(native / idle / gc)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.includes("/.next/")) return "app (.next build)";
  if (url.startsWith("node:")) return "node core";
  return path.basename(url);
}

export function summariseProfiles(dir: string, top = 12): { bucket: string; share: number }[] {
  const totals = new Map<string, number>();
  let all = 0;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as { nodes: ProfileNode[] };
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (node.callFrame.functionName === "(idle)") continue;
      all += hits;
      const key = bucket(node.callFrame.url);
      totals.set(key, (totals.get(key) ?? 0) + hits);
    }
  }
  return [...totals.entries()]
    .map(([name, hits]) => ({ bucket: name, share: Math.round((hits / Math.max(all, 1)) * 1000) / 10 }))
    .sort((a, b) => b.share - a.share)
    .slice(0, top);
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(summariseProfiles(process.argv[2]!));
