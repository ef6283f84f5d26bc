import Link from "next/link";
import { CONTENT_WARNING_LABELS, type ContentWarning } from "@/lib/domain/content-warnings";
import type { ExcludedChoice } from "@/lib/scenarios/types";

const names = (warnings: readonly ContentWarning[]) =>
  warnings.map((w) => CONTENT_WARNING_LABELS[w].toLowerCase()).join(", ");

/** Beside a scenario picker: what the class's content exclusions leave out, and why. */
export function ExcludedScenariosNote({
  excludedWarnings,
  excluded,
  classHref,
}: {
  excludedWarnings: readonly ContentWarning[];
  excluded: readonly ExcludedChoice[];
  classHref: string;
}) {
  if (excludedWarnings.length === 0) return null;
  return (
    <section className="content-note" aria-labelledby="excluded-heading">
      <h2 id="excluded-heading" className="note-heading">
        Left out for this class
      </h2>
      <p>
        This class excludes scenarios with content notes on <strong>{names(excludedWarnings)}</strong>
        {excluded.length === 0
          ? ": none of the current scenarios carries them."
          : `: ${excluded.length} scenario${excluded.length === 1 ? " is" : "s are"} not offered below.`}{" "}
        <Link href={`${classHref}#exclusions-heading`}>Change this on the class page</Link>.
      </p>
      {excluded.length > 0 && (
        <details>
          <summary>Which scenarios, and why</summary>
          <ul>
            {excluded.map(({ choice, warnings }) => (
              <li key={choice.id}>
                {choice.title} <span className="muted">({names(warnings)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
