import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formDataObject } from "@/lib/forms/parse-form";

describe("formDataObject", () => {
  it("keeps one value per field, an array for a repeated one, and leaves out Next.js's own fields", () => {
    const form = new FormData();
    form.append("name", "Jo");
    form.append("ids", "a");
    form.append("ids", "b");
    form.append("$ACTION_ID_abc", "");
    expect({ ...formDataObject(form) }).toEqual({ name: "Jo", ids: ["a", "b"] });
  });

  it("drops fields that would reach the object's prototype", () => {
    const form = new FormData();
    form.append("__proto__", "x");
    form.append("__proto__", "y");
    form.append("constructor", "z");
    form.append("name", "Jo");
    const object = formDataObject(form);
    expect(Object.getPrototypeOf(object)).toBeNull();
    expect(Object.keys(object)).toEqual(["name"]);
    // A schema still reads it as an ordinary object.
    expect(z.object({ name: z.string() }).parse(object)).toEqual({ name: "Jo" });
  });
});
