import { IMPLICATIONS, type ImplicationCode } from "@/lib/domain/implications";
import { NARRATIVE_CODES, NARRATIVES, type NarrativeCode } from "@/lib/domain/narratives";

interface RadioGroupProps<T extends string | number> {
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange: (value: T) => void;
  disabled: boolean;
  error?: string;
  hint?: string;
  inline?: boolean;
}

// A labelled group of radio buttons whose legend takes focus when its error needs attention.
function RadioGroup<T extends string | number>(props: RadioGroupProps<T>) {
  const { name, legend, options, value, onChange, disabled, error, hint, inline } = props;
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${name}-legend`}
      aria-describedby={describedBy || undefined}
      disabled={disabled}
    >
      <legend id={`${name}-legend`} tabIndex={-1}>
        {legend}
      </legend>
      {hint && (
        <p className="muted" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <div className={inline ? "confidence" : undefined}>
        {options.map((option) => (
          <label key={option.value} className="option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

const NARRATIVE_OPTIONS = NARRATIVE_CODES.map((code) => ({ value: code, label: NARRATIVES[code].name }));
const CONFIDENCE_OPTIONS = [1, 2, 3, 4, 5].map((level) => ({ value: level, label: String(level) }));

export interface AnswerOptionsProps {
  implicationOptions: readonly ImplicationCode[];
  narrative: NarrativeCode | null;
  implication: ImplicationCode | null;
  confidence: number | null;
  onNarrative: (value: NarrativeCode) => void;
  onImplication: (value: ImplicationCode) => void;
  onConfidence: (value: number) => void;
  errors: { narrative?: string; implication?: string };
  disabled: boolean;
}

/** The three questions of a scenario: its narrative, its policy implication, and how sure the trainee is. */
export function AnswerOptions(props: AnswerOptionsProps) {
  return (
    <>
      <RadioGroup
        name="narrative"
        legend="Narrative"
        options={NARRATIVE_OPTIONS}
        value={props.narrative}
        onChange={props.onNarrative}
        disabled={props.disabled}
        error={props.errors.narrative}
      />
      <RadioGroup
        name="implication"
        legend="Policy implication"
        options={props.implicationOptions.map((code) => ({ value: code, label: IMPLICATIONS[code].statement }))}
        value={props.implication}
        onChange={props.onImplication}
        disabled={props.disabled}
        error={props.errors.implication}
      />
      <RadioGroup
        name="confidence"
        legend="Confidence (optional)"
        hint="1 = guessing, 5 = certain"
        options={CONFIDENCE_OPTIONS}
        value={props.confidence}
        onChange={props.onConfidence}
        disabled={props.disabled}
        inline
      />
    </>
  );
}
