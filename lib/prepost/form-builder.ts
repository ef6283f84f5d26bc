import type { ImplicationCode } from "@/lib/domain/implications";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import { MIN_FORM_SIZE } from "@/lib/prepost/forms";
import { shuffle } from "@/lib/random";

// Browser-safe and pure: builds two parallel forms from the scenarios a class may meet. The educator's page runs it to
// preview the forms; the server checks what comes back with parallelFormsProblem (match-report.ts).

export interface BankItem {
  id: string;
  primaryNarrative: NarrativeCode;
  correctImplication: ImplicationCode | string;
  difficulty: number;
}

/** How unlike two forms are, in order of importance: implication keys, total difficulty, difficulty levels. */
export interface Mismatch {
  /** Sum over implications of the difference in how many scenarios of each form have it as their key. */
  implications: number;
  /** The difference between the forms' total (so mean) difficulty. */
  difficultyTotal: number;
  /** Sum over difficulty levels of the difference in how many scenarios of each form have it. */
  difficultyLevels: number;
}

function countDifference(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const key of a) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const key of b) counts.set(key, (counts.get(key) ?? 0) - 1);
  let total = 0;
  for (const value of counts.values()) total += Math.abs(value);
  return total;
}

export function mismatch(formA: readonly BankItem[], formB: readonly BankItem[]): Mismatch {
  const total = (form: readonly BankItem[]) => form.reduce((s, i) => s + i.difficulty, 0);
  return {
    implications: countDifference(
      formA.map((i) => String(i.correctImplication)),
      formB.map((i) => String(i.correctImplication)),
    ),
    difficultyTotal: Math.abs(total(formA) - total(formB)),
    difficultyLevels: countDifference(
      formA.map((i) => String(i.difficulty)),
      formB.map((i) => String(i.difficulty)),
    ),
  };
}

/** One number that orders mismatches lexicographically (forms hold at most a few dozen scenarios). */
export function mismatchCost(m: Mismatch): number {
  return m.implications * 1_000_000 + m.difficultyTotal * 1_000 + m.difficultyLevels;
}

function byNarrative<T extends BankItem>(pool: readonly T[]): Record<NarrativeCode, T[]> {
  return Object.fromEntries(
    NARRATIVE_CODES.map((code) => [code, pool.filter((s) => s.primaryNarrative === code)]),
  ) as Record<NarrativeCode, T[]>;
}

/**
 * How many scenarios of each narrative a form of `size` holds: as even as the bank allows (counts differ by at most
 * one), each form the same, and never more than half of a narrative's scenarios, since the forms share none. Null when
 * the bank cannot fill two such forms.
 */
export function narrativeQuotas(
  pool: readonly BankItem[],
  size: number,
  random: () => number = Math.random,
): Record<NarrativeCode, number> | null {
  if (!Number.isInteger(size) || size < MIN_FORM_SIZE) return null;
  const groups = byNarrative(pool);
  const capacity = (code: NarrativeCode) => Math.floor(groups[code].length / 2);
  const base = Math.floor(size / NARRATIVE_CODES.length);
  const extra = size % NARRATIVE_CODES.length;
  if (NARRATIVE_CODES.some((code) => capacity(code) < base)) return null;
  const roomier = shuffle(
    NARRATIVE_CODES.filter((code) => capacity(code) >= base + 1),
    random,
  );
  if (roomier.length < extra) return null;
  const lucky = new Set(roomier.slice(0, extra));
  return Object.fromEntries(NARRATIVE_CODES.map((code) => [code, base + (lucky.has(code) ? 1 : 0)])) as Record<
    NarrativeCode,
    number
  >;
}

/** The largest form this bank can fill twice over, balanced across the narratives; 0 when not even the smallest. */
export function largestFormSize(pool: readonly BankItem[]): number {
  let largest = 0;
  for (let size = MIN_FORM_SIZE; size <= pool.length / 2; size++) {
    if (narrativeQuotas(pool, size, () => 0)) largest = size;
  }
  return largest;
}

interface Slot<T> {
  a: T[];
  b: T[];
  rest: T[];
}

function forms<T extends BankItem>(slots: readonly Slot<T>[]): [T[], T[]] {
  return [slots.flatMap((s) => s.a), slots.flatMap((s) => s.b)];
}

function cost<T extends BankItem>(slots: readonly Slot<T>[]): number {
  const [a, b] = forms(slots);
  return mismatchCost(mismatch(a, b));
}

type Move = [slot: number, from: "a" | "b", i: number, to: "b" | "rest", j: number];

// Hill-climbing by exchanges that keep every form's narrative counts: a scenario of form A for one of form B of the
// same narrative, or a scenario of either form for an unused one of the same narrative. Stops at the first pass that
// finds nothing better.
function climb<T extends BankItem>(slots: Slot<T>[], random: () => number): number {
  let current = cost(slots);
  for (;;) {
    const moves: Move[] = [];
    slots.forEach((slot, k) => {
      for (let i = 0; i < slot.a.length; i++) {
        for (let j = 0; j < slot.b.length; j++) moves.push([k, "a", i, "b", j]);
        for (let j = 0; j < slot.rest.length; j++) moves.push([k, "a", i, "rest", j]);
      }
      for (let i = 0; i < slot.b.length; i++) {
        for (let j = 0; j < slot.rest.length; j++) moves.push([k, "b", i, "rest", j]);
      }
    });
    let improved = false;
    for (const [k, from, i, to, j] of shuffle(moves, random)) {
      const slot = slots[k]!;
      const swap = () => ([slot[from][i], slot[to][j]] = [slot[to][j]!, slot[from][i]!]);
      swap();
      const next = cost(slots);
      if (next < current) {
        current = next;
        improved = true;
      } else swap();
    }
    if (!improved) return current;
  }
}

export type BuildResult<T> =
  { ok: true; formA: T[]; formB: T[]; mismatch: Mismatch } | { ok: false; reason: "bank-too-small"; largest: number };

/** How many random starting points the builder climbs from; the best result wins. */
export const BUILD_RESTARTS = 24;

/**
 * Two forms of `size` scenarios with no scenario in both, each balanced across the four narratives (the same count of
 * each in both forms), with implication keys and then difficulty matched as closely as the bank allows. Random among
 * equally good pairs, so drawing again gives other forms.
 */
export function buildParallelForms<T extends BankItem>(
  pool: readonly T[],
  size: number,
  random: () => number = Math.random,
): BuildResult<T> {
  const quotas = narrativeQuotas(pool, size, random);
  if (!quotas) return { ok: false, reason: "bank-too-small", largest: largestFormSize(pool) };
  const groups = byNarrative(pool);
  let best: { slots: Slot<T>[]; cost: number } | null = null;
  for (let restart = 0; restart < BUILD_RESTARTS && best?.cost !== 0; restart++) {
    const slots = NARRATIVE_CODES.map((code) => {
      const shuffled = shuffle(groups[code], random);
      const q = quotas[code];
      return { a: shuffled.slice(0, q), b: shuffled.slice(q, 2 * q), rest: shuffled.slice(2 * q) };
    });
    const reached = climb(slots, random);
    if (!best || reached < best.cost) best = { slots, cost: reached };
  }
  const [formA, formB] = forms(best!.slots);
  return { ok: true, formA: shuffle(formA, random), formB: shuffle(formB, random), mismatch: mismatch(formA, formB) };
}
