import { describe, expect, it } from "vitest";
import { readableProse } from "@/lib/domain/labels";

describe("readableProse", () => {
  it("writes narrative and implication codes out as the names the trainee chose from", () => {
    expect(readableProse("INFIGHTING is not at issue; so BRUTALITY earns half credit.")).toBe(
      "“Infighting against fellow Sunnis” is not at issue; so “Brutality against the people IS claims to protect” earns half credit.",
    );
    expect(readableProse("Not NOT_SAINTS here.")).toBe(
      "Not “Do not excuse or glorify defectors: some may have committed crimes” here.",
    );
  });

  it("leaves other capitals and lower-case words alone", () => {
    const text = "The ICSR report on ISIS; the infighting narrative; UNKNOWN_CODE stays.";
    expect(readableProse(text)).toBe(text);
  });
});
