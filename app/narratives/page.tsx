import type { Metadata } from "next";
import { ScenarioExample } from "@/components/scenario-example";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import { examplesForNarrative } from "@/lib/scenarios/data";

export const metadata: Metadata = { title: "The four narratives" };
export const dynamic = "force-dynamic";

export default async function NarrativesPage() {
  const examples = await Promise.all(NARRATIVE_CODES.map((code) => examplesForNarrative(code, 2)));
  return (
    <>
      <h1>The four narratives</h1>
      <p className="lead">
        The defectors&apos; stories are consistent. Most carry one of four narratives, and many mix them. Each example
        below comes from the scenario bank and cites its source.
      </p>
      {NARRATIVE_CODES.map((code, index) => (
        <section key={code} aria-labelledby={`narrative-${code}`}>
          <h2 id={`narrative-${code}`}>{NARRATIVES[code].name}</h2>
          <p>{NARRATIVES[code].description}</p>
          <h3>Examples</h3>
          {(examples[index] ?? []).length === 0 ? (
            <p className="muted">No examples are loaded yet.</p>
          ) : (
            (examples[index] ?? []).map((scenario) => <ScenarioExample key={scenario.slug} scenario={scenario} />)
          )}
        </section>
      ))}
    </>
  );
}
