import { formatPointChange } from "@/lib/format";
import type { PairedSummary } from "@/lib/prepost/gain";

/** "+25 (95% CI −3 to +53)", or a note when there is no interval. */
export function changeWithInterval(summary: PairedSummary | null): string {
  if (!summary) return "—";
  const change = formatPointChange(summary.meanDifference);
  if (!summary.ci) return `${change} (no interval for one trainee)`;
  return `${change} (95% CI ${formatPointChange(summary.ci.low)} to ${formatPointChange(summary.ci.high)})`;
}
