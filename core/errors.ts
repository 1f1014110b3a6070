// Errors are values (style.md §4): a stable code from domain-rules.md, the rule that refused,
// a sentence a manager understands, and the data a translated sentence needs.

/**
 * Every code core refuses with, once: the union below, fail() and the IPC envelope (which adds
 * the shell's own codes) are typed from it, so a code not listed here does not compile, and the
 * page's sentences are tested against it.
 */
export const coreErrorCodes = [
  'NO_ACTIVE_SUBSCRIPTION',
  'SAME_LEVEL',
  'TECH_SUPPORT_NOT_INCLUDED',
  'SEVERITY_NOT_IN_PLAN',
  'SEVERITY_REQUIRED',
  'TICKET_QUOTA_EXHAUSTED',
  'ADDON_NOT_APPLICABLE',
  'NOT_INCLUDED',
  'YEARLY_SUBSCRIPTION_ONLY',
  'KEA_QUOTA_EXCEEDED',
  'LEAD_TIME_TOO_SHORT',
  'CONSULTING_MONTH_TAKEN',
  'NOT_A_WORKING_DAY',
  'CONSULTING_TOO_LONG',
  'CONSULTING_YEAR_QUOTA_EXCEEDED',
  'TRAINING_MONTH_TAKEN',
  'ONSITE_TRAINING_TAKEN',
  'VENUE_REQUIRED',
  'ALREADY_SUBSCRIBED',
  'CASE_ACTION_NOT_ALLOWED',
  'INVALID_INPUT',
] as const;

export type CoreErrorCode = (typeof coreErrorCodes)[number];

export type WarningCode = 'FREQUENT_CHANGE' | 'NOT_CONSULTING_PARTNER' | 'CALENDAR_NOT_COVERED';

export type IssueData = Readonly<Record<string, string | number | boolean | null | readonly (string | number)[]>>;

export type DomainError = {
  readonly code: CoreErrorCode;
  readonly rule: string;
  readonly message: string;
  readonly data: IssueData;
};

export type DomainWarning = {
  readonly code: WarningCode;
  readonly rule: string;
  readonly message: string;
  readonly data: IssueData;
};

export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly DomainWarning[] }
  | { readonly ok: false; readonly error: DomainError };

export function ok<T>(value: T, warnings: readonly DomainWarning[] = []): Result<T> {
  return { ok: true, value, warnings };
}

export function fail<T = never>(code: CoreErrorCode, rule: string, message: string, data: IssueData = {}): Result<T> {
  return { ok: false, error: { code, rule, message, data } };
}

export function warning(code: WarningCode, rule: string, message: string, data: IssueData = {}): DomainWarning {
  return { code, rule, message, data };
}

/** Re-types a failed result so it can be returned from a function with another value type. */
export function forward<T>(failed: { readonly ok: false; readonly error: DomainError }): Result<T> {
  return failed;
}
