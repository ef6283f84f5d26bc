// next-auth names its session cookie by scheme: the __Secure- prefix behind https.
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
