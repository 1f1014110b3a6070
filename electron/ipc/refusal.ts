import type { DomainError } from '@core/errors';

import type { ErrorBody } from './contract';

/**
 * A refusal the user should read: a domain rule said no (code from domain-rules.md, e.g.
 * TICKET_QUOTA_EXHAUSTED) or the request names something that is not there. The dispatcher
 * sends it to the page as it is; anything else thrown becomes INTERNAL.
 */
export class Refusal extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'Refusal';
  }
}

export const notFound = (what: string, id: string): Refusal =>
  new Refusal({ code: 'NOT_FOUND', message: `No ${what} with id ${id} exists.`, field: 'id', data: { what, id } });

/** A domain refusal from core keeps its code, rule and data (and the field, where it names one). */
export function refuse(error: DomainError): Refusal {
  const field = typeof error.data.field === 'string' ? error.data.field : undefined;
  return new Refusal({ code: error.code, message: error.message, rule: error.rule, data: { ...error.data }, ...(field ? { field } : {}) });
}
