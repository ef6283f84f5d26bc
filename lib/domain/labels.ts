import { IMPLICATIONS, isImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode, NARRATIVES } from "@/lib/domain/narratives";

// Browser-safe: readable names for codes stored as text; an unknown code (a hand-edited row) shows as itself.
export const narrativeShortName = (code: string) => (isNarrativeCode(code) ? NARRATIVES[code].short : code);
export const implicationName = (code: string) => (isImplicationCode(code) ? IMPLICATIONS[code].statement : code);

const CODE_IN_PROSE = /\b[A-Z][A-Z_]{4,}[A-Z]\b/g;

/**
 * Prose with every narrative or implication code written out as the name the trainee chose from ("INFIGHTING is not
 * at issue" reads "“Infighting against fellow Sunnis” is not at issue"). Other capitals are left alone.
 */
export function readableProse(text: string): string {
  return text.replace(CODE_IN_PROSE, (word) =>
    isNarrativeCode(word)
      ? `“${NARRATIVES[word].name}”`
      : isImplicationCode(word)
        ? `“${IMPLICATIONS[word].statement}”`
        : word,
  );
}
