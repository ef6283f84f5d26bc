// Rules for one scenario that a program can check: nothing given away by a word, explanations that explain,
// one open discussion question, a passage that is in the seed, quotations that are in the seed, and content
// warnings that match the testimony. docs/scenario-bank-format.md and docs/content-notes.md state them for authors.
import { IMPLICATIONS, IMPLICATION_CODES, type ImplicationCode } from "@/lib/domain/implications";
import { normaliseText, quotedSpans } from "@/lib/content/text";
import { CONTENT_WARNINGS, countWords, type ContentWarning, type Scenario } from "@/lib/content/scenario-schema";

export interface ItemProblem {
  field: string;
  message: string;
}

// --- Label words: the names of the four narratives, in any form.
const LABEL_WORDS = /\b(corrupt\w*|brutal\w*|disappoint\w*|in-?fighting)\b/gi;

export function labelWords(text: string): string[] {
  return [...normaliseText(text).matchAll(LABEL_WORDS)].map((m) => m[0].toLowerCase());
}

// --- Implication statements: a testimony must not carry three consecutive content words of one.
const STOPWORDS = new Set(
  (
    "a an the and or but nor to of in on at for from by with into onto as is are was were be been being it its " +
    "their them they his her he she we us our i me my you your this that these those not only no do does did some " +
    "may might have has had who whom which what so than then there here all any each own can could should would will"
  ).split(" "),
);

function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

export function contentWords(text: string): string[] {
  return normaliseText(text)
    .toLowerCase()
    .replace(/'s\b/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOPWORDS.has(w))
    .map(stem);
}

const ECHO_WINDOW = 3;

/** Runs of three consecutive content words of an implication statement that the text also has in a row. */
export function statementEchoes(text: string): { code: ImplicationCode; phrase: string }[] {
  const words = ` ${contentWords(text).join(" ")} `;
  const echoes: { code: ImplicationCode; phrase: string }[] = [];
  for (const code of IMPLICATION_CODES) {
    const statement = contentWords(IMPLICATIONS[code].statement);
    for (let i = 0; i + ECHO_WINDOW <= statement.length; i++) {
      const phrase = statement.slice(i, i + ECHO_WINDOW).join(" ");
      if (words.includes(` ${phrase} `)) {
        echoes.push({ code, phrase });
        break;
      }
    }
  }
  return echoes;
}

// --- Cues: words that point at one implication. From difficulty 2 up, a testimony that names a cue for its key
// should name one for a distractor too. A program can only approximate this, so it is reported, not enforced.
export const IMPLICATION_CUES: Record<ImplicationCode, RegExp> = {
  PLATFORM:
    /\b(speak(s|ing)? (out|publicly|at)|spoke out|publicly|interview\w*|reporters?|journalists?|(news)?papers?|television|camera|radio|podcast|film|channel|put online|events?|tours?|platform|be heard)\b/i,
  RESETTLE_PROTECT: /\b(reprisals?|safety|safe(ly)?|hid(e|ing)|resettle\w*|apostates?|afraid|passports?|border|traitors?|photograph)\b/i,
  LEGAL_DISINCENTIVES: /\b(prosecut\w*|courts?|lawyers?|solicitors?|barristers?|sentenc\w*|prison|jail\w*|charged|police|offence|confession)\b/i,
  SUNNI_FRAMING: /\b(sunnis?|minorit(y|ies)|christians?|yazidis?)\b/i,
  EXPOSE_UTOPIA:
    /\b(videos?|clips|propaganda|promis\w*|utopia|pretend\w*|supposed to be protecting|said they had come to protect|what (that|the) group really is)\b/i,
  NETWORK_MESSENGERS: /\b(networks?|cousins?|friends?|relatives?|brothers?|sisters?|family|mother|grew up|community group)\b/i,
  CREDIBILITY_LIMITS: /\b(government|ministry|council|official\w*|fund(s|ed|ing)?|pays?|paid|sponsor\w*|substitute|logo|campaign)\b/i,
  NOT_SAINTS: /\b(crimes?|took part|taken part|carried (it|them) out|heroe?s?|glorif\w*|excuse\w*|let off|hardened|don't care|what (he|I) did|did what I was)\b/i,
};

export function cueAdvisories(scenario: Scenario): string[] {
  if (scenario.difficulty < 2) return [];
  const text = `${scenario.title} ${scenario.testimony}`;
  const key = scenario.implications.correct;
  const keyCue = text.match(IMPLICATION_CUES[key]);
  if (!keyCue) return [];
  if (scenario.implications.distractors.some((d) => IMPLICATION_CUES[d].test(text))) return [];
  return [`names a cue for ${key} ("${keyCue[0]}") and none for its distractors; check that the key turns on understanding`];
}

// --- Content warnings. The keywords are a floor: an author tags what a testimony describes, not only these words.
export const WARNING_KEYWORDS: Record<ContentWarning, RegExp> = {
  killing: /\b(kill(s|ed|ing|ings|er|ers)?|murder\w*|dead|death\w*|died|suicide bomb\w*|massacre\w*|slaughter\w*)\b/i,
  executions: /\b(execut\w*|behead\w*)\b/i,
  reprisals: /\b(reprisals?|retaliat\w*|revenge|apostates?)\b/i,
  "armed-fighting": /\b(fight|fights|(?<!in-)fighting|fought|sent against|combat|battles?|(?<!reprisal )attack\w*|front ?lines?|cannon fodder|shot|shooting|guns?|rifles?)\b/i,
  slurs: /\b(kafirs?|kuffar|infidels?|crusaders?|rafid\w*|nusayri\w*|savages?|vermin)\b/i,
};

// How a content note names each category; the note must name exactly the categories listed.
export const WARNING_NAMES: Record<ContentWarning, RegExp> = {
  killing: /\b(kill\w*|deaths?|suicide bomb\w*)\b/i,
  executions: /\bexecut\w*/i,
  reprisals: /\breprisals?\b/i,
  "armed-fighting": /\b(fighting|combat|armed)\b/i,
  slurs: /\b(slurs?|stereotyp\w*)\b/i,
};

// --- Explanations and discussion.
export const MIN_EXPLANATION_WORDS = 12;
const DISMISSAL = /^\s*nothing\s+(here|in)\b/i;
const CLOSED_QUESTION = /^\s*(is|are|was|were|do|does|did|can|could|should|would|will|shall|has|have|had|must|may|might)\b/i;

function textFields(s: Scenario): [string, string][] {
  return [
    ["title", s.title],
    ["testimony", s.testimony],
    ["speaker", s.speaker],
    ["explanations.narrative", s.explanations.narrative],
    ...Object.entries(s.explanations.narratives).map(([code, text]) => [`explanations.narratives.${code}`, text] as [string, string]),
    ["explanations.implication", s.explanations.implication],
    ...Object.entries(s.explanations.distractors).map(([code, text]) => [`explanations.distractors.${code}`, text] as [string, string]),
    ["discussion", s.discussion],
    ["contentNote", s.contentNote ?? ""],
  ];
}

/** Every rule about one scenario; `seedText` is its cited seed, undefined when the seed is unknown (reported elsewhere). */
export function checkScenario(s: Scenario, seedText: string | undefined): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  // Nothing given away by a word.
  for (const field of ["title", "testimony"] as const) {
    for (const word of new Set(labelWords(s[field]))) add(field, `contains the narrative label word "${word}"`);
  }
  for (const echo of statementEchoes(s.testimony)) {
    add("testimony", `echoes the ${echo.code} statement ("${echo.phrase}"); say it in the speaker's own terms`);
  }

  // Explanations that explain.
  const explanations: [string, string][] = [
    ["explanations.narrative", s.explanations.narrative],
    ...Object.entries(s.explanations.narratives).map(([code, text]) => [`explanations.narratives.${code}`, text] as [string, string]),
    ["explanations.implication", s.explanations.implication],
    ...Object.entries(s.explanations.distractors).map(([code, text]) => [`explanations.distractors.${code}`, text] as [string, string]),
  ];
  for (const [field, text] of explanations) {
    if (field.startsWith("explanations.distractors.") && DISMISSAL.test(text)) {
      add(field, 'must say why it tempts and why it is still wrong, not dismiss it ("Nothing here…")');
    } else if (countWords(text) < MIN_EXPLANATION_WORDS) {
      add(field, `must explain in at least ${MIN_EXPLANATION_WORDS} words (has ${countWords(text)})`);
    }
  }

  // One open question.
  if ((s.discussion.match(/\?/g) ?? []).length !== 1) add("discussion", "must be exactly one question");
  else if (CLOSED_QUESTION.test(s.discussion)) add("discussion", "must be an open question, not one answered yes or no");

  // A difficulty 3 item is a genuinely mixed case.
  if (s.difficulty === 3 && s.narratives.accepted.length === 0) {
    add("narratives.accepted", "a difficulty 3 item must accept at least one secondary narrative (3 means a mixed case)");
  }

  // Content warnings match the testimony, and the note names exactly what the warnings name.
  const shown = `${s.title} ${s.testimony}`;
  for (const warning of CONTENT_WARNINGS) {
    const hit = shown.match(WARNING_KEYWORDS[warning]);
    if (hit && !s.contentWarnings.includes(warning)) {
      add("contentWarnings", `must include "${warning}": the testimony says "${hit[0]}"`);
    }
  }
  if (s.contentWarnings.length > 0 && !s.contentNote) {
    add("contentNote", "is required when contentWarnings is not empty, and must name each warning");
  } else if (s.contentWarnings.length === 0 && s.contentNote) {
    add("contentWarnings", "must list what the content note warns of (a note needs at least one warning)");
  } else if (s.contentNote) {
    for (const warning of CONTENT_WARNINGS) {
      const named = WARNING_NAMES[warning].test(s.contentNote);
      if (s.contentWarnings.includes(warning) && !named) add("contentNote", `must name "${warning}", which contentWarnings lists`);
      if (!s.contentWarnings.includes(warning) && named) add("contentNote", `names "${warning}", which contentWarnings does not list`);
    }
  }

  // The passage and every quotation are verbatim in the cited seed.
  if (seedText !== undefined) {
    const haystack = normaliseText(seedText);
    if (!haystack.includes(normaliseText(s.source.passage))) add("source.passage", `is not verbatim in ${s.source.seed}`);
    for (const [field, text] of textFields(s)) {
      for (const span of quotedSpans(text)) {
        if (!haystack.includes(span)) add(field, `quotes "${span}", which is not verbatim in ${s.source.seed}`);
      }
    }
  }
  return problems;
}
