import path from "node:path";

export const CONTENT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "content");
export const SCENARIO_DIR = path.join(CONTENT_DIR, "scenarios");
export const SOURCES_FILE = path.join(/* turbopackIgnore: true */ process.cwd(), "content", "sources.json");
