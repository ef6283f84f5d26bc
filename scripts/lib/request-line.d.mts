export const UNSUPPORTED_METHODS: Set<string>;
export function malformedPath(url: string): boolean;
export function strictTransportSecurity(publicUrl: string | undefined): string | null;
export function refuseRequestLine(
  method: string | undefined,
  url: string | undefined,
): { status: 400 | 405; error: string; allow?: string } | null;
