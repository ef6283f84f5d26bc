// npm run bench:report: rewrites docs/benchmarks.md from bench-results.json without running the benchmark.
import fs from "node:fs";
import { renderMarkdown, type BenchResults } from "@/scripts/bench/report";

const results = JSON.parse(fs.readFileSync("bench-results.json", "utf8")) as BenchResults;
fs.writeFileSync("docs/benchmarks.md", renderMarkdown(results));
console.log("Wrote docs/benchmarks.md");
