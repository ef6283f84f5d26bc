import { IMPLICATION_SHARE, type BankCounts } from "@/lib/content/bank-rules";
import type { ContentProblem } from "@/lib/content/content-files";

function line(label: string, counts: Record<string, number>): string {
  return `${label.padEnd(12)} ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(" · ")}`;
}

export function formatCounts(counts: BankCounts): string {
  const shares = Object.entries(counts.shares).map(
    ([code, s]) =>
      `  ${code.padEnd(20)} key ${String(s.key).padStart(2)} · distractor ${String(s.distractor).padStart(2)} · share ${s.share.toFixed(2)}`,
  );
  return [
    `Scenarios    ${counts.total} (${Object.entries(counts.purpose)
      .map(([k, v]) => `${k} ${v}`)
      .join(" · ")}); the counts below are of practice items`,
    line("Narrative", counts.narrative),
    line("Implication", counts.implication),
    line("Kind", counts.kind),
    line("Difficulty", counts.difficulty),
    `Secondary    ${counts.secondary} of ${counts.practice} practice items accept a secondary narrative`,
    `Shares       each implication's share of the items offering it, k / (k + d), kept within ${IMPLICATION_SHARE.min.toFixed(2)}–${IMPLICATION_SHARE.max.toFixed(2)}`,
    ...shares,
  ].join("\n");
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `  ✗ ${p.where}${p.field ? ` › ${p.field}` : ""}: ${p.message}`).join("\n");
}

export function formatAdvisories(advisories: readonly ContentProblem[]): string {
  if (advisories.length === 0) return "Advisories   none: no testimony from difficulty 2 up names only its key's cue";
  return [
    `Advisories   ${advisories.length} (not failures; review by hand):`,
    ...advisories.map((p) => `  ! ${p.where}${p.field ? ` › ${p.field}` : ""}: ${p.message}`),
  ].join("\n");
}
