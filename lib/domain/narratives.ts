// The four narratives of the ICSR report, in the order the report gives them.
export const NARRATIVE_CODES = ["INFIGHTING", "BRUTALITY", "CORRUPTION", "DISAPPOINTMENT"] as const;
export type NarrativeCode = (typeof NARRATIVE_CODES)[number];

export interface Narrative {
  code: NarrativeCode;
  name: string;
  short: string;
  description: string;
}

export const NARRATIVES: Record<NarrativeCode, Narrative> = {
  INFIGHTING: {
    code: "INFIGHTING",
    name: "Infighting against fellow Sunnis",
    short: "Infighting",
    description:
      "IS spends its strength fighting other Sunni rebels, tribes and its own ranks instead of the Assad regime. Defectors describe quarrels with other groups and a leadership obsessed with spies and traitors: not the jihad they came for.",
  },
  BRUTALITY: {
    code: "BRUTALITY",
    name: "Brutality against the people IS claims to protect",
    short: "Brutality",
    description:
      "Atrocities against civilians, random killing of hostages, systematic mistreatment of villagers and executions of fighters by their own commanders. Defectors saw it through a sectarian lens: outrage came mostly when the victims were Sunnis.",
  },
  CORRUPTION: {
    code: "CORRUPTION",
    name: "Corruption, unfairness and racism",
    short: "Corruption",
    description:
      "Misconduct of individual commanders and emirs, privileges for foreign fighters resented by Syrians, inequality and racism. Defectors did not see corruption as systemic, but found unfairness impossible to accept.",
  },
  DISAPPOINTMENT: {
    code: "DISAPPOINTMENT",
    name: "A harsh and disappointing life",
    short: "Disappointment",
    description:
      "The promised cars and luxury never came; basic goods ran short and the power failed. Combat did not match dreams of action and heroism: dull duties, no deployments, foreign fighters used as cannon fodder.",
  },
};

export function isNarrativeCode(value: unknown): value is NarrativeCode {
  return typeof value === "string" && (NARRATIVE_CODES as readonly string[]).includes(value);
}
