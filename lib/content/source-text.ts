// Browser-safe: a source document as the sources page shows it (one paragraph per line), and where in it a scenario's
// cited passage sits, so every citation can link to the words it rests on.

/** A seed's paragraphs: its non-empty lines, trimmed. */
export function sourceParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The id of a source's section on the sources page ("000_f9a30c9a0b9f7441" for 000_f9a30c9a0b9f7441.txt). */
export function sourceAnchor(seed: string): string {
  return seed.replace(/\.txt$/, "");
}

/** The id of a source's paragraph (counted from 1, as the page numbers them). */
export function paragraphAnchor(seed: string, index: number): string {
  return `${sourceAnchor(seed)}-p${index + 1}`;
}

// Typography varies between a passage as authored and the seed (quotation marks, dashes, spacing); words must not.
function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * The index of the paragraph that holds the passage; when the passage runs over a paragraph break (or was trimmed at
 * either end), the paragraph where its opening words stand. Null when the seed does not contain it.
 */
export function paragraphOfPassage(paragraphs: readonly string[], passage: string): number | null {
  const wanted = comparable(passage);
  if (!wanted) return null;
  const texts = paragraphs.map(comparable);
  const whole = texts.findIndex((p) => p.includes(wanted));
  if (whole >= 0) return whole;
  const words = wanted.split(" ");
  for (const length of [12, 8, 5]) {
    if (words.length < length) continue;
    const opening = words.slice(0, length).join(" ");
    const found = texts.findIndex((p) => p.includes(opening));
    if (found >= 0) return found;
  }
  return null;
}
