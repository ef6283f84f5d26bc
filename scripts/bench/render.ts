// npm run bench:report: re-evaluates the goals of bench-results.json and rewrites it and docs/benchmarks.md, without
// running the benchmark.
import fs from "node:fs";
import { writeResults, type BenchResults } from "@/scripts/bench/report";

const results = JSON.parse(fs.readFileSync("bench-results.json", "utf8")) as BenchResults;
writeResults(results);
console.log("Wrote bench-results.json and docs/benchmarks.md");
