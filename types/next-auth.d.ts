import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    role?: string;
    /** The account's session version when the token was issued. */
    sv?: number;
    /** The server-side session's id (table Session). */
    sid?: string;
    /** The session's absolute end, in seconds since the epoch. */
    sx?: number;
    revoked?: boolean;
  }
}
