// Browser-safe: how dates and shares read everywhere in the app. The time zone is explicit, so a server in UTC and a
// browser in Berlin print the same moment the same way; it is the deployment's (APP_TIME_ZONE), passed to the browser
// by the pages that need it.
export const DEFAULT_TIME_ZONE = "Europe/London";

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached(store: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions) {
  let format = store.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone });
    store.set(timeZone, format);
  }
  return format;
}

/** "21 Nov 2026, 14:05" in the given time zone. */
export function formatDateTime(date: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return cached(dateTimeFormats, timeZone, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** "21/11/2026" in the given time zone. */
export function formatDate(date: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return cached(dateFormats, timeZone, { dateStyle: "short" }).format(date);
}

/** A 0–1 share as a whole percentage; "—" when there is nothing to measure. */
export function formatPercent(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)}%`;
}

const stampFormats = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-21 14:05:09" in the given time zone: local time that spreadsheets read as a date and sort correctly. */
export function formatTimestamp(date: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const format = cached(stampFormats, timeZone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const part = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

/** A change in a 0–1 share as signed percentage points ("+25", "−8", "0"); "—" when there is none. */
export function formatPointChange(change: number | null): string {
  if (change === null) return "—";
  const points = Math.round(change * 100);
  if (points === 0) return "0";
  return points > 0 ? `+${points}` : `−${Math.abs(points)}`;
}

/** A ratio such as a normalised gain, to two decimals with a true minus sign; "—" when it does not exist. */
export function formatRatio(value: number | null): string {
  if (value === null) return "—";
  const text = (Math.round(value * 100) / 100).toFixed(2);
  return text.startsWith("-") ? `−${text.slice(1)}` : text;
}
