import { JOIN_CODE_ALPHABET } from "@/lib/classes/schema";

// Browser-safe: the link a class's trainees join by, with its code filled in.

/** The join page's address for a class code, relative or (with an origin) absolute. */
export function joinPath(joinCode: string): string {
  return `/join?code=${encodeURIComponent(joinCode)}`;
}

/** A code as it arrives in a join link, reduced to the characters a code can have; "" when there is none. */
export function codeFromLink(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return "";
  const allowed = new Set(JOIN_CODE_ALPHABET);
  return [...raw.toUpperCase()]
    .filter((c) => allowed.has(c))
    .slice(0, 8)
    .join("");
}
