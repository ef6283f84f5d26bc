import crypto from "node:crypto";
import { JOIN_CODE_ALPHABET } from "@/lib/classes/schema";

// 8 characters from 31 without look-alikes: about 8.5 × 10^11 codes.
export function generateJoinCode(): string {
  return Array.from({ length: 8 }, () => JOIN_CODE_ALPHABET[crypto.randomInt(JOIN_CODE_ALPHABET.length)]).join("");
}
