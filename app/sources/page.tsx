import type { Metadata } from "next";
import { SourceDocumentSection } from "@/components/sources/source-document";
import { sourceDocuments } from "@/lib/content/citations";
import { countScenariosBySource } from "@/lib/scenarios/data";

export const metadata: Metadata = { title: "Sources" };
export const dynamic = "force-dynamic";

export default async function SourcesPage() {
  const sources = [...sourceDocuments().values()];
  const counts = await countScenariosBySource();
  return (
    <>
      <h1>Sources</h1>
      <p className="lead">
        Every scenario is grounded in one of these documents: press coverage (September–October 2015) of the ICSR report{" "}
        <i>Victims, Perpetrators, Assets: The Narratives of Islamic State Defectors</i> by Peter Neumann. Testimony is
        retold in our own words; words in quotation marks are quoted as the source gives them. A citation links to the
        paragraph it rests on.
      </p>
      <nav aria-labelledby="contents-heading" className="card">
        <h2 id="contents-heading" className="small-heading">
          Contents
        </h2>
        <ol>
          {sources.map((source) => (
            <li key={source.seed}>
              <a href={`#${source.anchor}`}>{source.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {sources.map((source) => (
        <SourceDocumentSection key={source.seed} source={source} citedBy={counts.get(source.seed) ?? 0} />
      ))}
    </>
  );
}
