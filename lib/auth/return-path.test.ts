import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

describe("safeReturnPath", () => {
  it("keeps same-site paths", () => expect(safeReturnPath("/practice/abc?x=1")).toBe("/practice/abc?x=1"));
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined])(
    "refuses %s",
    (value) => expect(safeReturnPath(value)).toBe("/practice"),
  );
});
