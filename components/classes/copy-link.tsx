"use client";

import { useRef, useState } from "react";

/** The join link in a read-only field with a copy button; where the clipboard is unavailable, the link is selected. */
export function CopyLink({ url, id = "join-link" }: { url: string; id?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied.");
    } catch {
      input.current?.select();
      setStatus("The link is selected: press Ctrl+C (or ⌘C) to copy it.");
    }
  }
  return (
    <div className="field">
      <label htmlFor={id}>Join link</label>
      <div className="copy-field">
        <input ref={input} id={id} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="secondary" onClick={copy}>
          Copy link
        </button>
      </div>
      <p className="muted" role="status">
        {status}
      </p>
    </div>
  );
}
