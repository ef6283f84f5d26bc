import { CitationLink } from "@/components/citation-link";
import { CONTENT_WARNING_LABELS, isContentWarning } from "@/lib/domain/content-warnings";
import { IMPLICATIONS, isImplicationCode } from "@/lib/domain/implications";
import { readableProse } from "@/lib/domain/labels";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import type { ScenarioChoice, ScenarioDetails } from "@/lib/scenarios/types";

const warningLabel = (w: string) => (isContentWarning(w) ? CONTENT_WARNING_LABELS[w] : w);

/**
 * A scenario as an educator reads it before choosing it: first what trainees see (content note, testimony, source),
 * then the key with its explanations and the discussion prompt, closed by default so the list stays short.
 */
export function ScenarioPreview({ scenario, details }: { scenario: ScenarioChoice; details: ScenarioDetails }) {
  const { primaryNarrative } = scenario;
  const others = NARRATIVE_CODES.filter((code) => code !== primaryNarrative && details.explanations.narratives[code]);
  return (
    <details className="preview">
      <summary>
        Read <span className="visually-hidden">{scenario.title}</span>
      </summary>
      <div className="preview-body">
        {details.contentNote && (
          <p className="content-note">
            <strong>Content note:</strong> {details.contentNote}
            {details.contentWarnings.length > 0 && <> ({details.contentWarnings.map(warningLabel).join(", ")})</>}
          </p>
        )}
        <blockquote>{details.testimony}</blockquote>
        <p className="muted">
          {details.speaker}. <CitationLink citation={details.citation} labelled />
        </p>
        <p className="preview-label">Key</p>
        <dl className="key">
          <dt>Narrative</dt>
          <dd>
            {NARRATIVES[primaryNarrative].name}
            {details.acceptedNarratives.length > 0 && (
              <> (half a point: {details.acceptedNarratives.map((c) => NARRATIVES[c].name).join(", ")})</>
            )}
          </dd>
          <dt>Implication</dt>
          <dd>
            {isImplicationCode(scenario.correctImplication)
              ? IMPLICATIONS[scenario.correctImplication].statement
              : scenario.correctImplication}
          </dd>
          <dt>Other options</dt>
          <dd>{details.distractors.map((code) => IMPLICATIONS[code].statement).join("; ")}</dd>
        </dl>
        <p>{readableProse(details.explanations.narrative)}</p>
        {others.length > 0 && (
          <ul>
            {others.map((code) => (
              <li key={code}>
                <strong>{NARRATIVES[code].short}:</strong> {readableProse(details.explanations.narratives[code]!)}
              </li>
            ))}
          </ul>
        )}
        <p>{readableProse(details.explanations.implication)}</p>
        {details.discussion && (
          <p className="discussion">
            <strong>To discuss:</strong> {details.discussion}
          </p>
        )}
      </div>
    </details>
  );
}
