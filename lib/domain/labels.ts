import { IMPLICATIONS, isImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode, NARRATIVES } from "@/lib/domain/narratives";

// Browser-safe: readable names for codes stored as text; an unknown code (a hand-edited row) shows as itself.
export const narrativeShortName = (code: string) => (isNarrativeCode(code) ? NARRATIVES[code].short : code);
export const implicationName = (code: string) => (isImplicationCode(code) ? IMPLICATIONS[code].statement : code);
