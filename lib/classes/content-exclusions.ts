import { isContentWarning, type ContentWarning } from "@/lib/domain/content-warnings";

// Browser-safe: a class's excluded content warnings are stored as a JSON array of codes in one text column. A value
// that is not such an array (a hand-edited row) reads as no exclusion rather than breaking the class page.

export function parseExclusions(stored: string | null | undefined): ContentWarning[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? [...new Set(value.filter(isContentWarning))].sort() : [];
  } catch {
    return [];
  }
}

export function serialiseExclusions(warnings: readonly ContentWarning[]): string {
  return JSON.stringify([...new Set(warnings)].sort());
}
