import "server-only";
import QRCode from "qrcode";

/** A join link as an SVG QR code, drawn on the server: nothing is fetched when the page shows it. */
export async function joinQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
