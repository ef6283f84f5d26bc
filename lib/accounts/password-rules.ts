// Browser-safe: the length rules the forms state and the schemas check.
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;
