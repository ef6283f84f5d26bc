import { isImplicationCode, type ImplicationCode } from "@/lib/domain/implications";

// An attempt item stores the implication options in the order its trainee sees them, as a JSON array of codes.
export function parseImplicationOrder(json: string): ImplicationCode[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed) || !parsed.every(isImplicationCode)) throw new Error("Corrupt implication order");
  return parsed;
}
