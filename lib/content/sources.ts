import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CONTENT_DIR } from "@/lib/content/content-paths";

export const sourceSchema = z.strictObject({
  seed: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1).nullable(),
  date: z.string().min(1).nullable(),
  contributes: z.string().min(1),
});
export type Source = z.infer<typeof sourceSchema>;

export function loadSources(file: string = path.join(CONTENT_DIR, "sources.json")): Source[] {
  return z.array(sourceSchema).parse(JSON.parse(fs.readFileSync(file, "utf8")));
}
