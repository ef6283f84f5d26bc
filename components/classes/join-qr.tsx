import { joinQrSvg } from "@/lib/classes/join-qr";

/** The join link as a QR code to scan from a phone or a projected screen. */
export async function JoinQr({ url, size }: { url: string; size: "small" | "large" }) {
  const svg = await joinQrSvg(url);
  return (
    <figure className={`qr qr-${size}`}>
      {/* The SVG is generated here from the link alone; it carries no user input other than the class code. */}
      <div role="img" aria-label="QR code of the join link" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="muted">Scan to join</figcaption>
    </figure>
  );
}
