"use client";

import { useCallback, useEffect, useState } from "react";
import type { Choice } from "@/components/practice/use-answer-submission";
import { isImplicationCode, type ImplicationCode } from "@/lib/domain/implications";
import { isNarrativeCode, type NarrativeCode } from "@/lib/domain/narratives";

interface Draft {
  narrative: NarrativeCode | null;
  implication: ImplicationCode | null;
  confidence: number | null;
}

const EMPTY: Draft = { narrative: null, implication: null, confidence: null };
const keyFor = (itemId: string) => `answer-draft:${itemId}`;

function readDraft(itemId: string): Draft {
  try {
    const raw = JSON.parse(window.sessionStorage.getItem(keyFor(itemId)) ?? "null") as Partial<Draft> | null;
    if (!raw) return EMPTY;
    return {
      narrative: isNarrativeCode(raw.narrative) ? raw.narrative : null,
      implication: isImplicationCode(raw.implication) ? raw.implication : null,
      confidence:
        typeof raw.confidence === "number" && raw.confidence >= 1 && raw.confidence <= 5 ? raw.confidence : null,
    };
  } catch {
    return EMPTY;
  }
}

/**
 * The choices made on a question not yet checked, kept in this tab's session storage so a reload does not lose them.
 * Once the answer is stored (`answered`), the stored choice is shown and the draft is dropped.
 */
export function useAnswerDraft(itemId: string, answered: Choice | null) {
  const [draft, setDraft] = useState<Draft>(answered ?? EMPTY);
  useEffect(() => {
    if (answered) {
      window.sessionStorage.removeItem(keyFor(itemId));
      return;
    }
    // Restored after hydration (the server cannot know what this tab had chosen); a choice made meanwhile wins.
    const stored = readDraft(itemId);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDraft((current) => ({
      narrative: current.narrative ?? stored.narrative,
      implication: current.implication ?? stored.implication,
      confidence: current.confidence ?? stored.confidence,
    }));
  }, [itemId, answered]);

  function update(change: Partial<Draft>) {
    setDraft((current) => {
      const next = { ...current, ...change };
      try {
        window.sessionStorage.setItem(keyFor(itemId), JSON.stringify(next));
      } catch {
        // Storage full or disabled: the choice still holds on the page.
      }
      return next;
    });
  }

  const forget = useCallback(() => window.sessionStorage.removeItem(keyFor(itemId)), [itemId]);
  return { draft, update, forget };
}
