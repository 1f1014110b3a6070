import type { Repo } from '@automerge/automerge-repo';

import type { TeamIndexDoc } from '../documents';
import { teamIndexUrl } from '../documents';
import { ensureDoc } from '../genesis';

/**
 * The team index as every peer starts it: the desks' TeamDocs start it with the same content
 * through the same genesis (electron/sync/genesis.ts), so the server and every desk share one
 * root. It must never change once a team exists.
 */
export const initialTeamIndex = (team: string): TeamIndexDoc => ({ kind: 'team-index', team, partners: {}, history: [] });

/** The server's team index: from its storage, else started from the genesis. */
export const ensureTeamIndex = (repo: Repo, team: string) => ensureDoc<TeamIndexDoc>(repo, teamIndexUrl(team), initialTeamIndex(team));
