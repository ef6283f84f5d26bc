/** What a dashboard section shows when the filters leave it nothing to count: a sentence, not empty axes. */
export function EmptyView({ children = "No answers for these filters." }: { children?: React.ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
