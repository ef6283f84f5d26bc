// The policy implications a scenario can support, from the domain brief.
export const IMPLICATION_CODES = [
  "PLATFORM",
  "RESETTLE_PROTECT",
  "LEGAL_DISINCENTIVES",
  "SUNNI_FRAMING",
  "EXPOSE_UTOPIA",
  "NETWORK_MESSENGERS",
  "CREDIBILITY_LIMITS",
  "NOT_SAINTS",
] as const;
export type ImplicationCode = (typeof IMPLICATION_CODES)[number];

export interface Implication {
  code: ImplicationCode;
  statement: string;
  basis: string;
}

export const IMPLICATIONS: Record<ImplicationCode, Implication> = {
  PLATFORM: {
    code: "PLATFORM",
    statement: "Give defectors opportunities to speak out and recognise their value",
    basis: "Their credibility can deter would-be recruits, and their existence shatters the image of unity.",
  },
  RESETTLE_PROTECT: {
    code: "RESETTLE_PROTECT",
    statement: "Assist defectors' resettlement and ensure their safety",
    basis: "Leaving is complex and dangerous; IS treats defectors as apostates and they fear reprisals.",
  },
  LEGAL_DISINCENTIVES: {
    code: "LEGAL_DISINCENTIVES",
    statement: "Remove the legal disincentives to going public",
    basis:
      "Speaking out is treated as an admission of membership. The report asks for no amnesty, only that speaking out stops being punished; the UK reviewer of terrorism legislation answers that prosecutors can already weigh defection.",
  },
  SUNNI_FRAMING: {
    code: "SUNNI_FRAMING",
    statement: "Show IS's brutality against Sunnis, not only against minorities",
    basis: "Showing persecution of minorities will not move this audience; showing that IS is bad to Sunnis might.",
  },
  EXPOSE_UTOPIA: {
    code: "EXPOSE_UTOPIA",
    statement: "Use lived reality to puncture the propaganda's promises",
    basis: "IS is not the utopia its videos promise; defections shatter its image as a united, committed organisation.",
  },
  NETWORK_MESSENGERS: {
    code: "NETWORK_MESSENGERS",
    statement: "Carry defector voices into the social and family networks of those at risk",
    basis: "Radicalisation is social: about one in four are radicalised through their social or family network.",
  },
  CREDIBILITY_LIMITS: {
    code: "CREDIBILITY_LIMITS",
    statement: "Treat defector narratives as one tool, not a substitute, and keep them independent of the state",
    basis:
      "They do not replace dealing with root causes, and a defector promoted or financed by government loses credibility.",
  },
  NOT_SAINTS: {
    code: "NOT_SAINTS",
    statement: "Do not excuse or glorify defectors: some may have committed crimes",
    basis: "The report does not excuse, justify or glorify; not every defector is a saint.",
  },
};

export function isImplicationCode(value: unknown): value is ImplicationCode {
  return typeof value === "string" && (IMPLICATION_CODES as readonly string[]).includes(value);
}
