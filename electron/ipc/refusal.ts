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
