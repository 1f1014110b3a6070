import { z } from 'zod';

import { recordId } from '../../values/fields';
import { channel, type PrefixedChannels } from './channel';

/**
 * A team token as the sync server's `--add-manager` prints it: `<team>.<manager>.<secret>`. The
 * team and the manager are read from it (the team names the documents, the manager the peer);
 * the server knows the token only by its SHA-256.
 */
export const TEAM_TOKEN = /^([a-z0-9][a-z0-9-]{0,39})\.([a-z0-9][a-z0-9-]{0,39})\.([A-Za-z0-9_-]{20,100})$/;

/** ws:// (the loopback address, or behind a TLS proxy on the same machine) or wss://. */
const serverUrl = z
  .string()
  .max(300)
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'Not a ws:// or wss:// address.');

/**
 * off: never turned on (no connection is ever opened); connecting; connected; offline: turned on,
 * and the server cannot be reached (or refused the token) since `offlineSince`.
 */
export type SyncState = 'off' | 'connecting' | 'connected' | 'offline';

export type SyncStatus = {
  state: SyncState;
  /** The address and who this desk is on the team (from the token); null while off and never set. */
  server: string | null;
  team: string | null;
  manager: string | null;
  offlineSince: string | null;
  /** Why it is offline: the server refused the token, or could not be reached. */
  problem: 'refused' | 'unreachable' | null;
  /** Partner documents changed here that the server has not yet acknowledged. */
  waiting: number;
  /** The last instant the server and this desk agreed on every document. */
  lastSyncedAt: string | null;
  /** The server's roster names this desk's manager the team's lead: the Reports view offers the whole team, read-only. */
  lead: boolean;
};

/**
 * What a merge left that a rule does not allow, or that two managers changed at once: kept and
 * shown, never dropped (see electron/sync/attention). Q3: a month's technical cases over its
 * limit; C-response: two first responses to one case; B1: KEA days over the service year's
 * allowance; S3-level: a level changed on both desks; M-charge: a recorded charge edited on the
 * other desk (this desk's is kept: recorded charges never change).
 */
export const attentionKinds = ['quota-over', 'two-responses', 'kea-over', 'level-both', 'charge-edited'] as const;
export type AttentionKind = (typeof attentionKinds)[number];

/** A way out a manager can take from an attention entry. */
export type AttentionWay =
  /** Void the case (Q4) that was the mistake: `caseId`. */
  | { way: 'void-case'; caseId: string }
  /** Q2: buy an add-on pack in the month. */
  | { way: 'buy-pack'; month: string }
  /** Cancel a booking (B1): `bookingId`. */
  | { way: 'cancel-booking'; bookingId: string }
  /** Keep one of the two values written at once (`value` is shown as each desk wrote it). */
  | { way: 'keep'; choice: string; value: string; by: string };

export type AttentionEntry = {
  id: string;
  kind: AttentionKind;
  rule: string;
  partnerId: string;
  partnerName: string;
  /** The month (YYYY-MM), service year's first day, case or charge the entry is about. */
  subject: string;
  /** How many once merged, and the limit, where a count is at fault. */
  count?: number;
  limit?: number;
  /** The managers whose changes met here. */
  managers: string[];
  foundAt: string;
  ways: AttentionWay[];
};

export const syncChannels = {
  'sync/status': channel<SyncStatus>()(z.object({})),
  /** Turns team sync on with an address and a token (kept as it is when not given again), or off. */
  'sync/configure': channel<SyncStatus>()(
    z.object({ enabled: z.boolean(), serverUrl: serverUrl.optional(), token: z.string().max(200).regex(TEAM_TOKEN, 'Not a team token.').optional() }),
  ),
  'sync/attention': channel<AttentionEntry[]>()(z.object({})),
  /** Takes a way out of an entry (`keep` writes the chosen value; the others are done with their own channels first, then this checks again). */
  'sync/resolve': channel<AttentionEntry[]>()(z.object({ id: recordId, choice: z.string().max(100).optional() })),
  /** Hands a partner to another manager of the team (its documents move to their index); the team's history says who and when. */
  'sync/assign': channel<{ partnerId: string; manager: string }>()(
    z.object({
      partnerId: recordId,
      manager: z
        .string()
        .max(40)
        .regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
    }),
  ),
} satisfies PrefixedChannels<'sync'>;
