"use client";

import { useEffect } from "react";
import { LAST_CLASS_COOKIE } from "@/lib/auth/landing";

/** Notes the class an educator has open, so their next sign-in starts here (checked again on the server). */
export function RememberClass({ classId }: { classId: string }) {
  useEffect(() => {
    document.cookie = `${LAST_CLASS_COOKIE}=${encodeURIComponent(classId)}; path=/; max-age=${60 * 60 * 24 * 180}; samesite=lax`;
  }, [classId]);
  return null;
}
