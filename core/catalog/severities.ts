// P2 / Table 5-2 and 5-3: case severities, most urgent first. Labels are the UI's job (ids only).

export type SeverityId =
  | 'core-production-unavailable'
  | 'production-unavailable'
  | 'production-exception'
  | 'system-exception'
  | 'general-guidance';

export type SeverityInfo = {
  readonly id: SeverityId;
  /** 1 = most urgent. */
  readonly rank: number;
  /** Table 5-3, English source text; the UI translates by id. */
  readonly description: string;
};

export const severities: readonly SeverityInfo[] = [
  {
    id: 'core-production-unavailable',
    rank: 1,
    description:
      'A critical fault, such as service breakdown, occurs in a core production system (different from a common production system) of a customer and urgently needs to be rectified.',
  },
  {
    id: 'production-unavailable',
    rank: 2,
    description:
      'A critical fault, such as service breakdown, occurs in a common production system (different from a non-production system such as test environment) of a customer and needs to be preferentially rectified.',
  },
  {
    id: 'production-exception',
    rank: 3,
    description:
      "A service exception occurs in a customer's production system, but the system still provides part of its functionality. It needs to be rectified as soon as possible.",
  },
  {
    id: 'system-exception',
    rank: 4,
    description:
      "A service exception occurs in a customer's service production system, but the system still provides part of its functionality. It needs to be rectified.",
  },
  {
    id: 'general-guidance',
    rank: 5,
    description:
      'Fault-unrelated support is requested, for example technical guidance. Such support usually does not require a quick response.',
  },
];

export const severityIds: readonly SeverityId[] = severities.map((s) => s.id);

