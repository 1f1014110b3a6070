/** What one call came to: an answer, a thrown error, or no answer in time. */
export type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
export type Outcome = { answer: Answer } | { thrown: unknown } | { hang: true };

/** Runs one call, bounded in time, and never throws. */
export async function bounded(promise: () => Promise<unknown>, timeoutMs: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ hang: true }), timeoutMs);
  });
  const answered = (async (): Promise<Outcome> => {
    try {
      return { answer: (await promise()) as Answer };
    } catch (thrown) {
      return { thrown };
    }
  })();
  const outcome = await Promise.race([answered, hang]);
  clearTimeout(timer);
  return outcome;
}

/**
 * What main logged for an INTERNAL answer: the cause behind the short error id. Takes it off
 * the recording logger, so the next INTERNAL finds its own.
 */
export function loggedCause(errors: { message: string; cause: unknown }[]): string | undefined {
  const last = errors.at(-1);
  if (!last) return undefined;
  errors.length = 0;
  const cause = last.cause as { issues?: { path: PropertyKey[]; message: string }[]; stack?: string } | undefined;
  // A record that failed the store's schema: the paths say which field, the stack says little.
  const issues = Array.isArray(cause?.issues) ? cause.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ') : null;
  return `${last.message}: ${issues ? `a stored record failed its schema: ${issues}\n${cause?.stack?.split('\n').find((line) => line.includes('/electron/')) ?? ''}` : cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`;
}
