"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from "recharts";

export interface LineSeries {
  key: string;
  label: string;
  colour: string;
}

// Values are 0–1 shares shown as percentages; the table beside the chart carries the same data, so the chart is hidden
// from screen readers and takes no focus.
export function PercentLineChart({
  data,
  xKey,
  series,
  height = 240,
}: {
  data: Record<string, string | number | null>[];
  xKey: string;
  series: LineSeries[];
  height?: number;
}) {
  const scaled = data.map((row) => ({
    ...row,
    ...Object.fromEntries(
      series.map((s) => [s.key, typeof row[s.key] === "number" ? Math.round((row[s.key] as number) * 100) : null]),
    ),
  }));
  return (
    <div aria-hidden="true" className="chart" style={{ width: "100%", height }}>
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={scaled} margin={{ left: 0, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={xKey} tick={{ fontSize: 12 }} interval={0} />
          <YAxis domain={[0, 100]} unit="%" />
          {/* In the order of the table's columns, not alphabetical. */}
          <Legend itemSorter={null} />
          {series.map((s) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={s.colour}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
