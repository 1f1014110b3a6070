import type { DocHandle, Repo } from '@automerge/automerge-repo';

import { canonical, plain, writeValue } from '../doc-values';
import { initialRoster, type RosterDoc, rosterUrl } from '../documents';
import { ensureDoc } from '../genesis';
import type { TokensFile } from './tokens';

/** The server's roster: from its storage, else started from the genesis every desk gives it too. */
export const ensureRoster = (repo: Repo, team: string) => ensureDoc<RosterDoc>(repo, rosterUrl(team), initialRoster(team));

/** Writes the tokens file's managers (id, name, role; never a token) into the roster, changing only what differs. */
export function writeRoster(handle: DocHandle<RosterDoc>, tokens: Pick<TokensFile, 'managers'>): void {
  const wanted = Object.fromEntries(tokens.managers.map((m) => [m.id, { name: m.name, role: m.role }]));
  if (canonical(plain(handle.doc().managers)) === canonical(wanted)) return;
  handle.change((doc) => {
    writeValue(doc as unknown as Record<string, unknown>, 'managers', wanted, 'plain');
  });
}
