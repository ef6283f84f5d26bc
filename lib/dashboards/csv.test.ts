import { describe, expect, it } from "vitest";
import { csvLines, neutraliseCell } from "@/lib/dashboards/csv";

describe("CSV cells", () => {
  it.each(['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])(
    "neutralises a formula start in %j",
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  it.each([
    ['Jo;=HYPERLINK("http://x")', `Jo;'=HYPERLINK("http://x")`],
    ["Jo; +cmd", "Jo; '+cmd"],
    ['a,"=1+1"', `a,"'=1+1"`],
    ["=a;@b", "'=a;'@b"],
  ])("neutralises a formula after a separator in %j, where a semicolon spreadsheet starts a cell", (value, safe) => {
    expect(neutraliseCell(value)).toBe(safe);
  });

  it("leaves ordinary text, numbers and dates readable", () => {
    expect(neutraliseCell("Jo O'Brien")).toBe("Jo O'Brien");
    expect(neutraliseCell("Smith, Jo; class 2")).toBe("Smith, Jo; class 2");
    expect(neutraliseCell(1.5)).toBe("1.5");
    expect(neutraliseCell(-2.4266)).toBe("-2.4266");
    expect(neutraliseCell("-2.4266")).toBe("'-2.4266");
    expect(neutraliseCell(null)).toBe("");
    expect(neutraliseCell(new Date("2026-01-02T03:04:05.000Z"))).toBe("2026-01-02T03:04:05.000Z");
  });

  it("quotes every cell, empty ones included, and doubles quotes", () => {
    expect(csvLines([["a,b", 'say "hi"', "two\nlines", "ünïcödé", 2, null]])).toBe(
      '"a,b","say ""hi""","two\nlines","ünïcödé","2",""\r\n',
    );
  });
});
