import { citationDetails } from "@/lib/content/citation";
import type { SourceDocument } from "@/lib/content/citations";
import { paragraphAnchor } from "@/lib/content/source-text";

/** One source on the sources page: what it is, what it contributes, and its text with every paragraph anchored. */
export function SourceDocumentSection({ source, citedBy }: { source: SourceDocument; citedBy: number }) {
  const headingId = `title-${source.anchor}`;
  return (
    <section id={source.anchor} className="card source" aria-labelledby={headingId}>
      <h2 id={headingId}>{source.title}</h2>
      <p className="muted">{citationDetails(source)}</p>
      <p>{source.contributes}</p>
      <p>
        Scenarios citing it: <strong>{citedBy}</strong>
      </p>
      <details className="source-text" open>
        <summary>Text of the source ({source.paragraphs.length} paragraphs)</summary>
        <div>
          {source.paragraphs.map((paragraph, index) => (
            <p key={index} id={paragraphAnchor(source.seed, index)}>
              <span className="paragraph-number" aria-hidden="true">
                {index + 1}
              </span>
              {paragraph}
            </p>
          ))}
        </div>
      </details>
    </section>
  );
}
