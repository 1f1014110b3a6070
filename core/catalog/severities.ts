// P2 / Table 5-2 and 5-3: case severities, most urgent first. Labels are the UI's job (ids only).

/** P2: the severities, most urgent first: every enum, list and order of severities comes from this one. */
export const severityIds = ['core-production-unavailable', 'production-unavailable', 'production-exception', 'system-exception', 'general-guidance'] as const;
export type SeverityId = (typeof severityIds)[number];

export type SeverityInfo = {
  readonly id: SeverityId;
  /** 1 = most urgent. */
  readonly rank: number;
  /** Table 5-3, English source text; the UI translates by id. */
  readonly description: string;
};

const descriptions: Readonly<Record<SeverityId, string>> = {
  'core-production-unavailable':
    'A critical fault, such as service breakdown, occurs in a core production system (different from a common production system) of a customer and urgently needs to be rectified.',
  'production-unavailable':
    'A critical fault, such as service breakdown, occurs in a common production system (different from a non-production system such as test environment) of a customer and needs to be preferentially rectified.',
  'production-exception':
    "A service exception occurs in a customer's production system, but the system still provides part of its functionality. It needs to be rectified as soon as possible.",
  'system-exception':
    "A service exception occurs in a customer's service production system, but the system still provides part of its functionality. It needs to be rectified.",
  'general-guidance': 'Fault-unrelated support is requested, for example technical guidance. Such support usually does not require a quick response.',
};

/** The rank is the place in the list (P2: 1 = most urgent). */
export const severities: readonly SeverityInfo[] = severityIds.map((id, i) => ({ id, rank: i + 1, description: descriptions[id] }));
