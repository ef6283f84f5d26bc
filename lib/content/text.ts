// Quotation marks and spacing vary between the seeds' typography and ours; words must not.
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .trim();
}

export function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const match of normaliseText(text).matchAll(/"([^"]+)"/g)) {
    const span = match[1]?.trim().replace(/^[.,;:]+|[.,;:]+$/g, "").trim();
    if (span) spans.push(span);
  }
  return spans;
}
