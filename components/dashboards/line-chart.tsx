"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface LineSeries {
  key: string;
  label: string;
  colour: string;
}

// Values are 0–1 shares shown as percentages; the table beside the chart carries the same data.
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
    <div aria-hidden="true" style={{ width: "100%", height }}>
      <ResponsiveContainer>
        <LineChart data={scaled} margin={{ left: 0, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={xKey} tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip formatter={(v) => `${v}%`} />
          <Legend />
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
