import fs from "node:fs";
import { z } from "zod";
import { SOURCES_FILE } from "@/lib/content/content-paths";

export const sourceSchema = z.strictObject({
  seed: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1).nullable(),
  date: z.string().min(1).nullable(),
  contributes: z.string().min(1),
});
export type Source = z.infer<typeof sourceSchema>;

export function loadSources(file: string = SOURCES_FILE): Source[] {
  return z.array(sourceSchema).parse(JSON.parse(fs.readFileSync(file, "utf8")));
}
