import type { ReactNode } from "react";
import type { Suppressible } from "@/lib/reports/suppression";

/** A report figure, or the word "withheld" where it was drawn from too few trainees. */
export function Withheld<T>({ cell, children }: { cell: Suppressible<T>; children: (value: T) => ReactNode }) {
  if (cell.shown) return <>{children(cell.value)}</>;
  return <span className="withheld">withheld</span>;
}

/** The note a section carries when it withholds anything. */
export function WithheldNote({ cells, minGroup }: { cells: readonly Suppressible<unknown>[]; minGroup: number }) {
  if (cells.every((c) => c.shown)) return null;
  return (
    <p className="withheld-note">
      Some figures here are withheld: each was drawn from fewer than {minGroup} trainees.
    </p>
  );
}
