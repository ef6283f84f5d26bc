import type { BankCounts } from "@/lib/content/bank-rules";
import type { ContentProblem } from "@/lib/content/content-files";

function line(label: string, counts: Record<string, number>): string {
  return `${label.padEnd(12)} ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(" · ")}`;
}

export function formatCounts(counts: BankCounts): string {
  return [
    `Scenarios    ${counts.total}`,
    line("Narrative", counts.narrative),
    line("Implication", counts.implication),
    line("Kind", counts.kind),
    line("Difficulty", counts.difficulty),
  ].join("\n");
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `  ✗ ${p.where}${p.field ? ` › ${p.field}` : ""}: ${p.message}`).join("\n");
}
