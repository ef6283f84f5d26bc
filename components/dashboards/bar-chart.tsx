"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export interface BarDatum {
  /** The row's name exactly as the table beside the chart gives it. */
  label: string;
  /** 0–1 */
  value: number;
}

const LABEL_WIDTH = 190;
const CHARS_PER_LINE = 30;

// Long names (policy implications) wrap onto up to three lines instead of being cut off.
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && (line + " " + word).length > CHARS_PER_LINE) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 3
    ? [
        ...lines.slice(0, 2),
        `${lines
          .slice(2)
          .join(" ")
          .slice(0, CHARS_PER_LINE - 1)}…`,
      ]
    : lines;
}

function Tick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value: string } }) {
  const lines = wrap(payload?.value ?? "");
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={12} fill="#1c1f24">
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : "1.2em"}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Bars in the order and with the names of the table beside it (which screen readers use instead: the chart is
 * hidden from them and takes no focus). A 0% bar shows as a sliver with its "0%" label, never as nothing.
 */
export function PercentBarChart({ data, rowHeight = 44 }: { data: BarDatum[]; rowHeight?: number }) {
  if (data.length === 0) return null;
  const height = Math.max(120, data.length * rowHeight + 40);
  return (
    <div aria-hidden="true" className="chart" style={{ width: "100%", height }}>
      <ResponsiveContainer>
        <BarChart
          accessibilityLayer={false}
          data={data.map((d) => ({ ...d, percent: Math.round(d.value * 100) }))}
          layout="vertical"
          margin={{ left: 8, right: 40, top: 4, bottom: 4 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={LABEL_WIDTH} tick={<Tick />} interval={0} />
          <Bar dataKey="percent" fill="#1d4ed8" minPointSize={3} isAnimationActive={false}>
            <LabelList dataKey="percent" position="right" formatter={(v) => `${v}%`} fontSize={12} fill="#1c1f24" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
