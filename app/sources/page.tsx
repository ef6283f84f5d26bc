import type { Metadata } from "next";
import { loadSources } from "@/lib/content/sources";
import { countScenariosBySource } from "@/lib/scenarios/data";

export const metadata: Metadata = { title: "Sources" };
export const dynamic = "force-dynamic";

export default async function SourcesPage() {
  const sources = loadSources();
  const counts = await countScenariosBySource();
  return (
    <>
      <h1>Sources</h1>
      <p className="lead">
        Every scenario is grounded in one of these documents: press coverage (September–October 2015) of the ICSR report{" "}
        <i>Victims, Perpetrators, Assets: The Narratives of Islamic State Defectors</i> by Peter Neumann. Testimony is
        retold in our own words; words in quotation marks are quoted as the source gives them.
      </p>
      {sources.map((source) => (
        <section key={source.seed} id={source.seed} className="card" aria-labelledby={`title-${source.seed}`}>
          <h2 id={`title-${source.seed}`}>{source.title}</h2>
          <p className="muted">
            {source.publisher ?? "Publisher not named in the source"} · {source.date ?? "date not given"} · file{" "}
            {source.seed}
          </p>
          <p>{source.contributes}</p>
          <p>
            Scenarios citing it: <strong>{counts.get(source.seed) ?? 0}</strong>
          </p>
        </section>
      ))}
    </>
  );
}
