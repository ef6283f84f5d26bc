import { describe, expect, it } from "vitest";
import { paragraphAnchor, paragraphOfPassage, sourceAnchor, sourceParagraphs } from "@/lib/content/source-text";

const TEXT = `Title line

“This is not a holy war”, said a defector from India.
Others described their duties as dull and boring, complaining about the lack of fighting.
Second half of a sentence that
runs over a line break here.`;

describe("source paragraphs and passages", () => {
  const paragraphs = sourceParagraphs(TEXT);

  it("takes every non-empty line as a paragraph", () => {
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toBe("Title line");
  });

  it("finds the paragraph holding a passage despite typographic quotes and spacing", () => {
    expect(paragraphOfPassage(paragraphs, '"This is not a holy war",  said a defector')).toBe(1);
    expect(paragraphOfPassage(paragraphs, "described their duties as dull and boring")).toBe(2);
  });

  it("falls back to the paragraph of the opening words when a passage crosses a break", () => {
    expect(paragraphOfPassage(paragraphs, "Second half of a sentence that runs over a line break here.")).toBe(3);
  });

  it("says null when the seed does not hold the passage", () => {
    expect(paragraphOfPassage(paragraphs, "words that appear nowhere in this seed at all")).toBeNull();
    expect(paragraphOfPassage(paragraphs, "")).toBeNull();
  });

  it("anchors sources and paragraphs by the seed's name, paragraphs counted from 1", () => {
    expect(sourceAnchor("000_f9a30c9a0b9f7441.txt")).toBe("000_f9a30c9a0b9f7441");
    expect(paragraphAnchor("000_f9a30c9a0b9f7441.txt", 0)).toBe("000_f9a30c9a0b9f7441-p1");
  });
});
