import { describe, expect, it } from "vitest";
import { displayNameSchema } from "@/lib/forms/fields";

const refusal = (value: string) => {
  const parsed = displayNameSchema.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]!.message;
};

describe("names people read", () => {
  it.each([
    ["a Hangul filler", "\u3164"],
    ["Hangul choseong and jungseong fillers", "\u115F\u1160"],
    ["a halfwidth Hangul filler", "\uFFA0\uFFA0"],
    ["the blank braille pattern", "\u2800\u2800\u2800"],
    ["a combining grapheme joiner", "\u034F"],
    ["a Mongolian vowel separator", "\u180E"],
    ["a variation selector", "A\uFE01"],
    ["a filler beside a real name", "Jo\u3164"],
  ])("refuse %s, which renders as blank, like a control character", (_, value) => {
    expect(refusal(value)).toBe("Remove control or invisible characters");
  });

  it("refuses a name of combining marks only, which shows nothing of its own", () => {
    expect(refusal("\u0301\u0301")).toBe("Enter a name with letters or digits");
  });

  it("refuses names made of spaces of any kind", () => {
    expect(refusal("\u2003\u3000 ")).toBe("Enter a name");
  });

  it.each(["Jo O'Brien", "Zoë", "김민수", "محمد", "José María", "李", "Jo ✓", "Jo ✓\uFE0F"])("accepts %s", (value) => {
    expect(refusal(value)).toBeNull();
  });
});
