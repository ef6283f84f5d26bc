import { ChoiceBars } from "@/components/live/choice-bars";
import { IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVES } from "@/lib/domain/narratives";
import type { Distribution, Reveal } from "@/lib/live/types";

/** The class's choices for one scenario as two bar charts; the key is marked only once it is revealed. */
export function ClassChoices({ distribution, reveal }: { distribution: Distribution; reveal: Reveal | null }) {
  const accepted = new Set(reveal?.accepted ?? []);
  return (
    <div className="live-charts">
      <ChoiceBars
        caption="Narratives chosen"
        total={distribution.answers}
        rows={distribution.narratives.map(({ code, count }) => ({
          code,
          count,
          label: `${NARRATIVES[code].name}${accepted.has(code) ? " (also accepted)" : ""}`,
          isKey: reveal?.primary === code,
        }))}
      />
      <ChoiceBars
        caption="Policy implications chosen"
        total={distribution.answers}
        rows={distribution.implications.map(({ code, count }) => ({
          code,
          count,
          label: IMPLICATIONS[code].statement,
          isKey: reveal?.correct === code,
        }))}
      />
    </div>
  );
}
