import path from "node:path";

export const CONTENT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "content");
export const SCENARIO_DIR = path.join(CONTENT_DIR, "scenarios");
