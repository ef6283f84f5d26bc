import { citationDetails, type Citation } from "@/lib/content/citation";

/** A scenario's source: its title, linked to the cited passage on the sources page, then publisher and date. */
export function CitationLink({ citation, labelled = false }: { citation: Citation; labelled?: boolean }) {
  return (
    <cite className="citation">
      {labelled && "Source: "}
      <a href={citation.href}>{citation.title}</a>, {citationDetails(citation)}
    </cite>
  );
}
