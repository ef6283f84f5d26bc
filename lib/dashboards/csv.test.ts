import { describe, expect, it } from "vitest";
import { csvLines, neutraliseCell } from "@/lib/dashboards/csv";

describe("CSV cells", () => {
  it.each(['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])(
    "neutralises a formula start in %j",
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  it("leaves ordinary text, numbers and dates readable", () => {
    expect(neutraliseCell("Jo O'Brien")).toBe("Jo O'Brien");
    expect(neutraliseCell(1.5)).toBe("1.5");
    expect(neutraliseCell(-2.4266)).toBe("-2.4266");
    expect(neutraliseCell("-2.4266")).toBe("'-2.4266");
    expect(neutraliseCell(null)).toBe("");
    expect(neutraliseCell(new Date("2026-01-02T03:04:05.000Z"))).toBe("2026-01-02T03:04:05.000Z");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvLines([["a,b", 'say "hi"', "two\nlines", "ünïcödé"]])).toBe(
      '"a,b","say ""hi""","two\nlines",ünïcödé\r\n',
    );
  });
});
