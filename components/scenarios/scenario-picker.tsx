"use client";

import { useMemo, useState } from "react";
import { IMPLICATION_CODES, IMPLICATIONS } from "@/lib/domain/implications";
import { NARRATIVE_CODES, NARRATIVES } from "@/lib/domain/narratives";
import { balancedDraw } from "@/lib/exercises/balanced-draw";
import { ScenarioPreview } from "@/components/scenarios/scenario-preview";
import type { ScenarioChoice } from "@/lib/scenarios/types";

interface Props {
  scenarios: ScenarioChoice[];
  /** The most scenarios one selection may hold. */
  max: number;
  error?: string;
  /** The form field the chosen ids are sent as, once per id. */
  name?: string;
}

/**
 * Chooses scenarios for an exercise or a live session: filters by narrative, implication, difficulty and kind, a
 * balanced draw across the narratives, or a pick by hand. The chosen ids go with the surrounding form.
 */
export function ScenarioPicker({ scenarios, max, error, name = "scenarioIds" }: Props) {
  const [filters, setFilters] = useState({ narrative: "", implication: "", difficulty: "", kind: "" });
  const [selected, setSelected] = useState<string[]>([]);
  const [drawCount, setDrawCount] = useState(Math.min(8, max));
  const visible = useMemo(
    () =>
      scenarios.filter(
        (s) =>
          (!filters.narrative || s.primaryNarrative === filters.narrative) &&
          (!filters.implication || s.correctImplication === filters.implication) &&
          (!filters.difficulty || String(s.difficulty) === filters.difficulty) &&
          (!filters.kind || s.kind === filters.kind),
      ),
    [scenarios, filters],
  );
  const toggle = (id: string) => setSelected((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const filter = (key: keyof typeof filters, label: string, options: [string, string][]) => (
    <div className="field">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select
        id={`filter-${key}`}
        value={filters[key]}
        onChange={(e) => setFilters({ ...filters, [key]: e.target.value })}
      >
        <option value="">All</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <fieldset aria-describedby={error ? "scenarios-error" : "scenarios-count"}>
      {selected.map((id) => (
        <input key={id} type="hidden" name={name} value={id} />
      ))}
      <legend>Scenarios</legend>
      <div className="grid">
        {filter(
          "narrative",
          "Narrative",
          NARRATIVE_CODES.map((c) => [c, NARRATIVES[c].short]),
        )}
        {filter(
          "implication",
          "Implication",
          IMPLICATION_CODES.map((c) => [c, IMPLICATIONS[c].statement]),
        )}
        {filter("difficulty", "Difficulty", [
          ["1", "1 (easier)"],
          ["2", "2"],
          ["3", "3 (hard on purpose)"],
        ])}
        {filter("kind", "Kind", [
          ["documented", "Documented case"],
          ["composite", "Composite"],
        ])}
      </div>
      <div className="actions">
        <label htmlFor="draw-count">How many</label>
        <input
          id="draw-count"
          type="number"
          min={1}
          max={max}
          value={drawCount}
          onChange={(e) => setDrawCount(Number(e.target.value))}
          style={{ width: "5rem" }}
        />
        <button
          type="button"
          className="secondary"
          onClick={() => setSelected(balancedDraw(visible, Math.max(1, Math.min(drawCount, max))).map((s) => s.id))}
        >
          Draw balanced set
        </button>
        <button type="button" className="link" onClick={() => setSelected([])}>
          Clear selection
        </button>
      </div>
      <p id="scenarios-count" role="status">
        {selected.length} selected · {visible.length} shown
      </p>
      {error && (
        // Focus comes here after a refusal (useFocusFirstError), so the message is read out where the list is.
        <p id="scenarios-error" className="field-error" tabIndex={-1} data-focus-on-error>
          {error}
        </p>
      )}
      <ul className="pick-list" role="list" aria-label="Scenarios to choose from">
        {visible.map((s) => (
          <li key={s.id} className="pick">
            <label className="option">
              <input type="checkbox" checked={selected.includes(s.id)} onChange={() => toggle(s.id)} />
              <span>
                {s.title}
                <small>
                  {NARRATIVES[s.primaryNarrative].short} · difficulty {s.difficulty} ·{" "}
                  {s.kind === "composite" ? "composite" : "documented"}
                  {s.details?.contentNote ? " · content note" : ""}
                </small>
              </span>
            </label>
            {s.details && <ScenarioPreview scenario={s} details={s.details} />}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
