export function ExportLink({ href, label = "Export CSV" }: { href: string; label?: string }) {
  return (
    <a className="button secondary" href={href} download>
      {label}
    </a>
  );
}
