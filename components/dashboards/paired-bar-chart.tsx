"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface PairedDatum {
  label: string;
  /** 0–1, or null when there is no figure. */
  pre: number | null;
  post: number | null;
}

// Pre-test beside post-test for each label. Decorative for screen readers and out of the tab order: the table beside
// it carries the same numbers.
export function PrePostBarChart({ data, height = 240 }: { data: PairedDatum[]; height?: number }) {
  const percent = (v: number | null) => (v === null ? null : Math.round(v * 100));
  return (
    <div aria-hidden="true" className="chart" style={{ width: "100%", height }}>
      <ResponsiveContainer>
        <BarChart
          data={data.map((d) => ({ label: d.label, pre: percent(d.pre), post: percent(d.post) }))}
          margin={{ left: 0, right: 16, top: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip formatter={(v) => `${v}%`} />
          <Legend />
          <Bar dataKey="pre" name="Pre-test" fill="#94a3b8" isAnimationActive={false} />
          <Bar dataKey="post" name="Post-test" fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
