import type { DocumentId } from '@automerge/automerge-repo';
import { z } from 'zod';

import { documentIdOf, managerIndexUrl, partnerUrl, partnerYearUrl, rosterUrl, teamIndexUrl } from '../documents';
import { teamMemberId } from './tokens';

/**
 * An entry of the team index as the server reads it. The index comes from the desks, so an
 * entry that does not have this shape grants nothing rather than failing the whole index.
 */
const assignment = z.object({ manager: z.string().regex(teamMemberId), years: z.array(z.string().regex(/^\d{4}$/)).max(200) });

/** documentId → the managers the team index lets read and write it (partner and partner-year documents). */
export type Grants = Map<DocumentId, Set<string>>;

/** Who may open which partner document, from the team index's `partners` (anything else grants nothing). */
export function grantsFromTeamIndex(team: string, index: unknown): Grants {
  const grants: Grants = new Map();
  const partners = (index as { partners?: unknown } | undefined)?.partners;
  if (typeof partners !== 'object' || partners === null) return grants;
  const grant = (documentId: DocumentId, manager: string) => grants.set(documentId, (grants.get(documentId) ?? new Set()).add(manager));
  for (const [partnerId, value] of Object.entries(partners)) {
    const parsed = assignment.safeParse(value);
    if (!parsed.success) continue;
    const { manager, years } = parsed.data;
    grant(documentIdOf(partnerUrl(team, partnerId)), manager);
    for (const year of years) grant(documentIdOf(partnerYearUrl(team, partnerId, year)), manager);
  }
  return grants;
}

/** The documents `after` grants to a manager that `before` did not: the server fetches those it lacks from whoever asked for them. */
export function newlyGranted(before: Grants, after: Grants): DocumentId[] {
  const fresh: DocumentId[] = [];
  for (const [documentId, managers] of after) {
    const had = before.get(documentId);
    if ([...managers].some((manager) => !had?.has(manager))) fresh.push(documentId);
  }
  return fresh;
}

export type Access = { manager: string; role: 'manager' | 'lead' };

/**
 * The rule the server applies to every document message: the lead reads and writes any
 * document of the team; a manager the team index, the roster, their own manager index, and the
 * partner and partner-year documents of the partners the index gives them.
 */
export function createAccessRule(team: string) {
  const teamIndexId = documentIdOf(teamIndexUrl(team));
  const rosterId = documentIdOf(rosterUrl(team));
  const managerIndexIds = new Map<string, DocumentId>();
  const managerIndexOf = (manager: string) => {
    let id = managerIndexIds.get(manager);
    if (!id) managerIndexIds.set(manager, (id = documentIdOf(managerIndexUrl(team, manager))));
    return id;
  };
  return (who: Access | undefined, documentId: DocumentId, grants: Grants): boolean => {
    if (!who) return false;
    if (who.role === 'lead') return true;
    if (documentId === teamIndexId || documentId === rosterId || documentId === managerIndexOf(who.manager)) return true;
    return grants.get(documentId)?.has(who.manager) ?? false;
  };
}
