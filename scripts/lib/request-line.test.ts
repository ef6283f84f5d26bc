import { describe, expect, it } from "vitest";
import { refuseRequestLine, strictTransportSecurity } from "@/scripts/lib/request-line.mjs";

describe("refuseRequestLine, before Next.js sees a request", () => {
  it.each(["/classes/%E0%A4%A", "/practice/%ZZ", "/api/attempts/%E0%A4%A/answers", "/api/classes/%/export?x=1"])(
    "refuses malformed percent-encoding in %s with 400",
    (url) => expect(refuseRequestLine("GET", url)).toMatchObject({ status: 400 }),
  );

  it.each(["TRACE", "TRACK", "CONNECT"])("refuses %s with 405", (method) => {
    expect(refuseRequestLine(method, "/api/account/export")).toMatchObject({ status: 405, allow: "GET, HEAD, POST" });
  });

  it("passes ordinary requests on, a malformed query included (pages read it themselves)", () => {
    expect(refuseRequestLine("GET", "/sources/caf%C3%A9")).toBeNull();
    expect(refuseRequestLine("POST", "/api/attempts/abc/answers")).toBeNull();
    expect(refuseRequestLine("GET", "/signin?callbackUrl=%ZZ")).toBeNull();
  });
});

describe("HSTS", () => {
  it("is sent for an https public URL, for a year and every subdomain, and not for http", () => {
    expect(strictTransportSecurity("https://training.example.org")).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});
