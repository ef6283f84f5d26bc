import { CONTENT_WARNING_LABELS, type ContentWarning } from "@/lib/domain/content-warnings";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";

const WARNING_MEANINGS: Record<ContentWarning, string> = {
  killing:
    "people killed or dying violently, or a planned killing: civilians, hostages, deaths in battle, suicide bombing.",
  executions: "a person put to death by order, such as fighters executed by their own commanders.",
  reprisals:
    "threats or acts of retaliation against defectors or their families for leaving or speaking out, including being called apostates.",
  "armed-fighting":
    "armed conflict or combat: fighting between groups, attacks, front lines, fighters used as cannon fodder.",
  slurs: "a slur or demeaning generalisation about a group, reproduced in the testimony.",
};

const RECOMMENDATIONS = ["PLATFORM", "RESETTLE_PROTECT", "LEGAL_DISINCENTIVES"] as const;

/** The material in brief: the narratives, the recommendations, discussion prompts and content notes. */
export function GuideMaterial() {
  return (
    <>
      <section aria-labelledby="guide-narratives">
        <h2 id="guide-narratives">The four narratives in brief</h2>
        <p>
          The scenarios rest on press coverage (September and October 2015) of the ICSR report{" "}
          <cite>Victims, Perpetrators, Assets: The Narratives of Islamic State Defectors</cite> by Peter Neumann. The
          report collected 58 defections made public between January 2014 and August 2015. The researchers did not
          interview the defectors: the stories are media reports, which the report judged credible because they were
          consistent with one another. Say &ldquo;defectors told reporters&rdquo;, not &ldquo;defectors told the
          researchers&rdquo;. Some scenarios are composites built on patterns in the sources, and say so.
        </p>
        <dl>
          {NARRATIVE_CODES.map((code) => (
            <div key={code}>
              <dt>
                <strong>{NARRATIVES[code].name}</strong>
              </dt>
              <dd>{NARRATIVES[code].description}</dd>
            </div>
          ))}
        </dl>
        <p>
          Real testimony often mixes narratives. A scenario has one primary narrative and may accept a second, which
          earns half credit; the feedback says why. The sectarian point about brutality concerns potential recruits who
          share the group&apos;s sectarian outlook, not Sunnis in general.
        </p>
      </section>

      <section aria-labelledby="guide-recommendations">
        <h2 id="guide-recommendations">The three recommendations in brief</h2>
        <p>The report makes three recommendations to governments:</p>
        <ol>
          {RECOMMENDATIONS.map((code) => (
            <li key={code}>
              <strong>{IMPLICATIONS[code].statement}.</strong> {IMPLICATIONS[code].basis}
            </li>
          ))}
        </ol>
        <p>
          Trainees also meet five further points from the coverage: showing the group&apos;s brutality against Sunnis,
          using lived reality against the propaganda&apos;s promises, carrying defector voices into the networks of
          those at risk, the limits of defector narratives (and of defectors promoted by the state), and that defectors
          are not to be excused or glorified: some may have committed crimes.
        </p>
      </section>

      <section aria-labelledby="guide-discussion">
        <h2 id="guide-discussion">Using the discussion prompts</h2>
        <p>
          Many scenarios carry one open question for after the answer is known. Use it once the key has been revealed,
          never instead of it.
        </p>
        <ul>
          <li>Give a minute to think alone, then pairs, then the group.</li>
          <li>
            Send people back to the words: &ldquo;what in the testimony supports that?&rdquo; Readings that mix
            narratives are welcome when the text supports them.
          </li>
          <li>
            Keep to what the sources say. The testimony is as reported in the press; a composite is not a real person,
            so no one should speculate about identities.
          </li>
          <li>
            Keep the focus on what the narratives mean for prevention work, not on the group&apos;s ideology or methods.
            Do not ask trainees to write or perform propaganda, or to argue the group&apos;s case.
          </li>
          <li>Defectors are witnesses, not heroes: the material neither excuses nor glorifies what they did.</li>
        </ul>
      </section>

      <section aria-labelledby="content-notes">
        <h2 id="content-notes">Content notes and what they mean</h2>
        <p>
          A scenario that refers to violence shows a short content note before its testimony. The bank describes
          violence in general terms and shows no propaganda imagery. Each note names one or more of these categories,
          and you can leave out any of them for a class on its class page:
        </p>
        <dl>
          {(Object.keys(WARNING_MEANINGS) as ContentWarning[]).map((warning) => (
            <div key={warning}>
              <dt>
                <strong>{CONTENT_WARNING_LABELS[warning]}</strong>
              </dt>
              <dd>{WARNING_MEANINGS[warning]}</dd>
            </div>
          ))}
        </dl>
        <p>
          The categories are separate: a group that should meet no deaths at all needs both killing and executions left
          out. Leaving out categories narrows the bank, so check on the class page how many scenarios remain.
        </p>
      </section>
    </>
  );
}
