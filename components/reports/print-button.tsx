"use client";

/** Opens the browser's print dialogue, where "Save as PDF" makes the PDF. */
export function PrintButton({ label = "Print or save as PDF" }: { label?: string }) {
  return (
    <button type="button" className="secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
