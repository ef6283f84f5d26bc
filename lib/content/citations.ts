import type { Citation } from "@/lib/content/citation";
import type { Scenario } from "@/lib/content/scenario-schema";
import { loadSeedTexts } from "@/lib/content/seed-texts";
import { paragraphAnchor, paragraphOfPassage, sourceAnchor, sourceParagraphs } from "@/lib/content/source-text";
import { loadSources, type Source } from "@/lib/content/sources";

export interface SourceDocument extends Source {
  anchor: string;
  paragraphs: string[];
}

// The sources and their texts ship with the build and never change while it runs: read them once per process.
let documents: Map<string, SourceDocument> | undefined;

/** Every source with its text, in the order content/sources.json lists them. */
export function sourceDocuments(): Map<string, SourceDocument> {
  if (!documents) {
    const texts = loadSeedTexts();
    documents = new Map(
      loadSources().map((source) => [
        source.seed,
        { ...source, anchor: sourceAnchor(source.seed), paragraphs: sourceParagraphs(texts.get(source.seed) ?? "") },
      ]),
    );
  }
  return documents;
}

/** How a scenario's source is cited: title, publisher and date, linked to the paragraph of its passage. */
export function citationFor(source: Scenario["source"]): Citation {
  const document = sourceDocuments().get(source.seed);
  const passage = source.passage?.trim() || null;
  const paragraph = document && passage ? paragraphOfPassage(document.paragraphs, passage) : null;
  const anchor = paragraph === null ? sourceAnchor(source.seed) : paragraphAnchor(source.seed, paragraph);
  return {
    title: document?.title ?? "A source document of the ICSR report's coverage",
    publisher: source.publisher ?? document?.publisher ?? null,
    date: source.date ?? document?.date ?? null,
    href: `/sources#${anchor}`,
    passage,
  };
}
