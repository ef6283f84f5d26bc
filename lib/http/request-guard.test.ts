import { describe, expect, it } from "vitest";
import { MAX_ACTION_BODY_BYTES, refuseActionBody, refuseRequest } from "@/lib/http/request-guard";

const PUBLIC = "https://training.example.org";

function line(method: string, rawPath: string, headers: Record<string, string> = {}) {
  return { method, rawPath, headers: new Headers({ host: "training.example.org", ...headers }) };
}
const action = (headers: Record<string, string> = {}) =>
  line("POST", "/signup", {
    "next-action": "7f919ef98d5b",
    "content-type": "multipart/form-data; boundary=x",
    "content-length": "10",
    origin: PUBLIC,
    ...headers,
  });

describe("refuseRequest", () => {
  it("lets ordinary requests through", () => {
    expect(refuseRequest(line("GET", "/classes/abc"), PUBLIC)).toBeNull();
    expect(refuseRequest(line("GET", "/sources/caf%C3%A9"), PUBLIC)).toBeNull();
    expect(refuseRequest(action(), PUBLIC)).toBeNull();
    expect(refuseRequest(line("OPTIONS", "/api/attempts/x/answers"), PUBLIC)).toBeNull();
    // Same host as sent, behind a proxy that keeps the Host header.
    expect(refuseRequest(action({ origin: "http://training.example.org" }), null)).toBeNull();
  });

  it.each(["/classes/%E0%A4%A", "/practice/%ZZ", "/api/attempts/%E0/answers", "/api/classes/%/export"])(
    "refuses malformed percent-encoding in %s with 400",
    (path) => expect(refuseRequest(line("GET", path), PUBLIC)).toMatchObject({ status: 400 }),
  );

  it.each([
    ["PUT", "/"],
    ["DELETE", "/practice"],
    ["PATCH", "/classes/abc"],
    ["OPTIONS", "/"],
    ["TRACE", "/api/account/export"],
    ["PROPFIND", "/api/auth/session"],
  ])("refuses %s %s with 405 and says what is allowed", (method, path) => {
    const refusal = refuseRequest(line(method, path), PUBLIC);
    expect(refusal).toMatchObject({ status: 405 });
    expect(refusal!.allow).toMatch(/GET, HEAD, POST/);
  });

  it("refuses a server action called from another site with 403, with or without JavaScript", () => {
    expect(refuseRequest(action({ origin: "https://evil.example" }), PUBLIC)).toMatchObject({ status: 403 });
    expect(refuseRequest(action({ origin: "null" }), PUBLIC)).toMatchObject({ status: 403 });
    const form = line("POST", "/signup", {
      "content-type": "multipart/form-data; boundary=x",
      "content-length": "10",
      origin: "https://evil.example",
    });
    expect(refuseRequest(form, PUBLIC)).toMatchObject({ status: 403 });
    const api = line("POST", "/api/attempts/x/answers", { origin: "https://evil.example" });
    expect(refuseRequest(api, PUBLIC)).toMatchObject({ status: 403 });
  });

  it("refuses an oversized or unmeasured server-action body with 413 or 411", () => {
    const big = String(MAX_ACTION_BODY_BYTES + 1);
    expect(refuseRequest(action({ "content-length": big }), PUBLIC)).toMatchObject({ status: 413 });
    const chunked = action();
    chunked.headers.delete("content-length");
    expect(refuseRequest(chunked, PUBLIC)).toMatchObject({ status: 411 });
  });

  it("refuses a server-action call in an encoding the app never sends with 415", () => {
    expect(refuseRequest(action({ "content-type": "application/json" }), PUBLIC)).toMatchObject({ status: 415 });
    expect(refuseRequest(action({ "content-type": "text/plain;charset=UTF-8" }), PUBLIC)).toMatchObject({
      status: 415,
    });
  });
});

describe("refuseActionBody", () => {
  function call(fields: Record<string, string>, nextAction = true) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    return new Request("https://training.example.org/signup", {
      method: "POST",
      body: form,
      headers: nextAction ? { "next-action": "7f919ef98d5b" } : {},
    });
  }

  it("lets through what the app's forms send: (state, form) and (form)", async () => {
    expect(await refuseActionBody(call({ "0": '[{"error":"$$5 off"},"$K1"]', "1_name": "Jo" }))).toBeNull();
    expect(await refuseActionBody(call({ "0": '["$K1"]', "1_to": "/" }))).toBeNull();
    expect(await refuseActionBody(call({ "0": '[{},"$K1"]' }))).toBeNull();
    // A form posted before JavaScript loaded: Next.js reads it itself.
    expect(await refuseActionBody(call({ $ACTION_ID_abc: "", name: "Jo" }, false))).toBeNull();
  });

  it.each([
    ["no arguments", {}],
    ["malformed JSON", { "0": "[{]" }],
    ["arguments that are not a list", { "0": "{}" }],
    ["too many arguments", { "0": '[1,2,3,"$K1"]' }],
    ["a reference to a missing chunk", { "0": '["$@99"]' }],
    ["a reference to a map", { "0": '["$Q1"]' }],
    ["a temporary reference", { "0": '[{"a":"$T"}]' }],
    ["a reference to a server function", { "0": '["$h1"]' }],
  ])("refuses %s with 400", async (_, fields) => {
    expect(await refuseActionBody(call(fields as Record<string, string>))).toMatchObject({ status: 400 });
  });

  it("refuses a body that is not multipart at all with 400", async () => {
    const request = new Request("https://training.example.org/signup", {
      method: "POST",
      body: "garbage",
      headers: { "content-type": "multipart/form-data; boundary=xyz", "next-action": "x" },
    });
    expect(await refuseActionBody(request)).toMatchObject({ status: 400 });
  });
});
