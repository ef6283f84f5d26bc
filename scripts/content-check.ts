// Validates every scenario file and the bank as a whole; prints counts, shares and advisories; exits 1 on any problem.
import { bankAdvisories, checkBank, countBank, type BankMinimums } from "@/lib/content/bank-rules";
import { loadScenarioFiles } from "@/lib/content/content-files";
import { loadSeedTexts, seedsDirectory } from "@/lib/content/seed-texts";
import { loadSources } from "@/lib/content/sources";
import { formatAdvisories, formatCounts, formatProblems } from "@/scripts/lib/content-report";

// --dir checks another folder of scenario files (the tests use it on deliberately broken copies).
const dirIndex = process.argv.indexOf("--dir");
const { scenarios, problems } = loadScenarioFiles(dirIndex > -1 ? process.argv[dirIndex + 1] : undefined);
const seedTexts = loadSeedTexts();
if (seedTexts.size === 0) console.warn(`No source documents found in ${seedsDirectory()} (set SEEDS_DIR).`);
const bank = scenarios.map((s) => s.scenario);
// --no-minimums checks a partial bank: every rule but the counts, the examples and the implication shares.
const minimums: BankMinimums | undefined = process.argv.includes("--no-minimums")
  ? { scenarios: 0, perPrimaryNarrative: 0, perCorrectImplication: 0, documented: 0 }
  : undefined;
problems.push(...checkBank(bank, { sources: loadSources(), seedTexts, minimums }));

console.log(formatCounts(countBank(bank)));
console.log(formatAdvisories(bankAdvisories(bank)));
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`content:check failed with ${problems.length} problem(s).`);
  process.exit(1);
}
console.log("content:check passed.");
