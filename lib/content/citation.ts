// Browser-safe: how a scenario cites its source wherever it is shown (question, feedback, summary, examples, picker).
export interface Citation {
  /** The document's readable title; never its file name. */
  title: string;
  publisher: string | null;
  date: string | null;
  /** The sources page, at the paragraph holding the cited passage, or at the document when there is none. */
  href: string;
  /** The cited words, verbatim, when the scenario names them. */
  passage: string | null;
}

/** "The Independent, 21 September 2015"; what the source does not name is said plainly. */
export function citationDetails(citation: Pick<Citation, "publisher" | "date">): string {
  return [citation.publisher ?? "publisher not named in the source", citation.date ?? "date not given"].join(", ");
}
