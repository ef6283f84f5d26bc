import crypto from "node:crypto";

const ADJECTIVES = ["amber", "bold", "brave", "bright", "calm", "clear", "cool", "eager", "fair", "gentle", "glad", "keen", "kind", "lively", "lucky", "merry", "mild", "neat", "noble", "proud", "quick", "quiet", "rapid", "sharp", "smart", "steady", "sunny", "swift", "warm", "wise"];
const NOUNS = ["badger", "birch", "brook", "cedar", "comet", "crane", "falcon", "fern", "finch", "fox", "harbor", "hawk", "heron", "island", "lark", "maple", "meadow", "orbit", "otter", "pebble", "pine", "river", "robin", "sparrow", "spruce", "stone", "summit", "thistle", "valley", "willow"];

// A username a trainee can note and type: no email needed, nothing personal in it.
export function generateUsername(): string {
  const pick = (list: readonly string[]) => list[crypto.randomInt(list.length)]!;
  return `${pick(ADJECTIVES)}-${pick(NOUNS)}-${crypto.randomInt(100, 1000)}`;
}
