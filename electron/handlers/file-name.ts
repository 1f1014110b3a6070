/**
 * A file name the save dialog accepts on every platform: a partner's name may hold a slash, and
 * control characters (a NUL ends a path in every system call) or line breaks belong in no name.
 */
export const safeFileName = (name: string): string => name.replace(/[/\\:*?"<>|\p{Cc}\p{Zl}\p{Zp}]+/gu, '-').slice(0, 120);
