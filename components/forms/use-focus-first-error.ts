"use client";

import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/forms/action-state";

/**
 * After a refusal, focus moves to the first field in error (or, without one, to the form's message), so a keyboard or
 * screen reader user lands on what needs fixing even when it is off screen. Attach the ref to the form.
 */
export function useFocusFirstError<T extends HTMLElement>(state: ActionState) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!state.error && !state.fields) return;
    const form = ref.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-focus-on-error]') ??
      form?.querySelector<HTMLElement>(".form-error");
    target?.focus();
  }, [state]);
  return ref;
}
