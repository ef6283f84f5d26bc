// npm run bench:report: rewrites docs/benchmarks.md from bench-results.json without running the benchmark.
import fs from "node:fs";
import type { BenchResults } from "@/scripts/bench/report";
import { renderMarkdown } from "@/scripts/bench/report-markdown";

const results = JSON.parse(fs.readFileSync("bench-results.json", "utf8")) as BenchResults;
fs.writeFileSync("docs/benchmarks.md", renderMarkdown(results));
console.log("Wrote docs/benchmarks.md");
