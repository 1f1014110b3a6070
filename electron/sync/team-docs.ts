import * as A from '@automerge/automerge';
import { type AutomergeUrl, type DocHandle, type DocumentId, encodeHeads, type Repo } from '@automerge/automerge-repo';

import { DocCache } from './doc-cache';
import { plain } from './doc-values';
import {
  type Assignment,
  documentIdOf,
  initialRoster,
  type ManagerIndexDoc,
  managerIndexUrl,
  type PartnerDoc,
  partnerUrl,
  type PartnerYearDoc,
  partnerYearUrl,
  type RosterDoc,
  rosterUrl,
  type TeamIndexDoc,
  teamIndexUrl,
} from './documents';
import { PARTNER_KEY, reachedHeads, StampWriter } from './feed';
import { ensureDoc } from './genesis';

type Listener = {
  /** A peer changed a partner's document (`year`: one of its year documents; null: its PartnerDoc), or an index (partnerId null). */
  remote: (partnerId: string | null, year: string | null) => void;
  local: (documentId: DocumentId) => void;
  /** Any change, here or from a peer (the lead's team view follows both). */
  changed?: (partnerId: string | null) => void;
};
type AnyDoc = Record<string, unknown>;

/**
 * The documents this desk has open, each opened once (find, else its deterministic genesis).
 * A change made here goes through `change`, so the change events that follow are told apart
 * from those a peer's sync brought (which `remote` hears about, with the partner concerned).
 */
export class TeamDocs {
  private readonly handles = new Map<AutomergeUrl, Promise<DocHandle<AnyDoc>>>();
  /** The same handles by document id (a sync state names its document by id, for every message). */
  private readonly byId = new Map<DocumentId, Promise<DocHandle<AnyDoc>>>();
  /** The partner and year of each partner document opened here. */
  private readonly partOf = new Map<DocumentId, { partnerId: string; key: string }>();
  private writing = 0;
  /** Which partner documents stay in memory (see DocCache). */
  readonly cache: DocCache;
  private readonly stamps: StampWriter;

  constructor(
    readonly repo: Repo,
    readonly team: string,
    readonly manager: string,
    private readonly listener: Listener,
    /** The server has not yet acknowledged a change made here to the document. */
    waiting: (documentId: DocumentId) => boolean = () => false,
  ) {
    this.cache = new DocCache(repo, waiting, (documentId) => {
      const found = this.byId.get(documentId);
      this.byId.delete(documentId);
      for (const [url, handle] of this.handles) if (handle === found) this.handles.delete(url);
    });
    this.stamps = new StampWriter(this, String(repo.peerId));
  }

  private open<T>(url: AutomergeUrl, initial: T & object, partnerId: string | null, year: string | null = null): Promise<DocHandle<T>> {
    const documentId = documentIdOf(url);
    if (partnerId === null) this.cache.pin(documentId);
    else this.partOf.set(documentId, { partnerId, key: year ?? PARTNER_KEY });
    this.cache.touch(documentId);
    let found = this.handles.get(url);
    if (!found) {
      found = this.cache.entering(documentId).then(() =>
        ensureDoc<AnyDoc>(this.repo, url, initial as AnyDoc).then((handle) => {
          handle.on('change', () => {
            if (this.writing === 0) this.listener.remote(partnerId, year);
            this.listener.changed?.(partnerId);
          });
          return handle;
        }),
      );
      found.catch(() => {
        this.handles.delete(url);
        this.byId.delete(documentId);
      });
      this.handles.set(url, found);
      this.byId.set(documentId, found);
    }
    return found as unknown as Promise<DocHandle<T>>;
  }

  teamIndex(): Promise<DocHandle<TeamIndexDoc>> {
    return this.open<TeamIndexDoc>(teamIndexUrl(this.team), { kind: 'team-index', team: this.team, partners: {}, history: [] }, null);
  }

  roster(): Promise<DocHandle<RosterDoc>> {
    return this.open<RosterDoc>(rosterUrl(this.team), initialRoster(this.team), null);
  }

  /** This desk's manager's role as the server's roster lists it (null until the server wrote it). */
  async role(): Promise<'lead' | 'manager' | null> {
    const entry = (await this.roster()).doc().managers?.[this.manager];
    const role = entry ? plain(entry.role) : null;
    return role === 'lead' || role === 'manager' ? role : null;
  }

  managerIndex(manager = this.manager): Promise<DocHandle<ManagerIndexDoc>> {
    return this.open<ManagerIndexDoc>(managerIndexUrl(this.team, manager), { kind: 'manager-index', manager, partners: {} }, null);
  }

  partner(partnerId: string): Promise<DocHandle<PartnerDoc>> {
    const initial: PartnerDoc = { kind: 'partner', partnerId, profile: null, subscriptions: {}, charges: {}, packs: {}, consumption: {} };
    return this.open<PartnerDoc>(partnerUrl(this.team, partnerId), initial, partnerId);
  }

  year(partnerId: string, year: string): Promise<DocHandle<PartnerYearDoc>> {
    return this.open<PartnerYearDoc>(
      partnerYearUrl(this.team, partnerId, year),
      { kind: 'partner-year', partnerId, year, cases: {}, bookings: {} },
      partnerId,
      year,
    );
  }

  /**
   * Changes a document here; `edit` answers whether it changed anything. `at`: heads to make the
   * change at, concurrent with whatever came after them. A partner document changed is stamped
   * in the team index (see feed.ts).
   */
  change<T>(handle: DocHandle<T>, edit: (doc: T) => boolean, at?: A.Heads): boolean {
    let changed = false;
    this.writing++;
    try {
      const change = (doc: T) => {
        changed = edit(doc as T);
      };
      if (at) handle.changeAt(encodeHeads(at), change);
      else handle.change(change);
    } finally {
      this.writing--;
    }
    this.cache.touch(handle.documentId);
    if (!changed) return false;
    this.listener.local(handle.documentId);
    const part = this.partOf.get(handle.documentId);
    if (part) this.stamps.add(part.partnerId, part.key, A.getHeads(handle.doc() as A.Doc<T>));
    return true;
  }

  /** Writes the stamps of the partner documents changed here so far into the team index (also done shortly after each change). */
  stampChanges(): Promise<void> {
    return this.stamps.write();
  }

  /** Resolves once the document holds every one of these heads (true), or after `ms` without (false). */
  reached(handle: DocHandle<unknown>, heads: readonly string[][], ms: number): Promise<boolean> {
    return reachedHeads(handle, heads, ms);
  }

  /** The team index's entry of a partner, as plain values. */
  async assignment(partnerId: string): Promise<Assignment | null> {
    const entry = (await this.teamIndex()).doc().partners[partnerId];
    if (!entry) return null;
    const value = plain(entry) as unknown as Assignment;
    return { ...value, years: [...new Set(value.years ?? [])].sort() };
  }

  /** The partners the team index assigns to this desk's manager. */
  async mine(): Promise<string[]> {
    const partners = (await this.teamIndex()).doc().partners;
    return Object.keys(partners).filter((id) => plain(partners[id]?.manager) === this.manager);
  }

  /** The heads of a document open here (hex, as sync states give them). */
  headsOf(documentId: DocumentId): string[] | null {
    const handle = this.repo.handles[documentId];
    return handle?.isReady() ? A.getHeads(handle.doc()) : null;
  }

  close(): Promise<void> {
    this.cache.close();
    return this.stamps.write();
  }
}
