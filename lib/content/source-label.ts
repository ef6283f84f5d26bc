// Browser-safe: how a citation reads when the seed names no publisher or date.
export function describeSource(source: { publisher: string | null; date: string | null }): string {
  return [source.publisher ?? "Publisher not named in the source", source.date ?? "date not given"].join(", ");
}
