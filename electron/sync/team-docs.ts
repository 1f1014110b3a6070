import * as A from '@automerge/automerge';
import type { AutomergeUrl, DocHandle, DocumentId, Repo } from '@automerge/automerge-repo';

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
  private writing = 0;

  constructor(
    readonly repo: Repo,
    readonly team: string,
    readonly manager: string,
    private readonly listener: Listener,
  ) {}

  private open<T>(url: AutomergeUrl, initial: T & object, partnerId: string | null, year: string | null = null): Promise<DocHandle<T>> {
    let found = this.handles.get(url);
    if (!found) {
      found = ensureDoc<AnyDoc>(this.repo, url, initial as AnyDoc).then((handle) => {
        handle.on('change', () => {
          if (this.writing === 0) this.listener.remote(partnerId, year);
          this.listener.changed?.(partnerId);
        });
        return handle;
      });
      const documentId = documentIdOf(url);
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

  /** Whether the partner's documents are open here already (its year documents are opened as needed). */
  isOpen(partnerId: string): boolean {
    return this.handles.has(partnerUrl(this.team, partnerId));
  }

  /** Changes a document here; `edit` answers whether it changed anything. */
  change<T>(handle: DocHandle<T>, edit: (doc: T) => boolean): boolean {
    let changed = false;
    this.writing++;
    try {
      handle.change((doc) => {
        changed = edit(doc as T);
      });
    } finally {
      this.writing--;
    }
    if (changed) this.listener.local(handle.documentId);
    return changed;
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
  async headsOf(documentId: DocumentId): Promise<string[] | null> {
    const found = this.byId.get(documentId);
    return found ? A.getHeads((await found).doc()) : null;
  }
}
