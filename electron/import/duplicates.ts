import { beijingDateOf, normalizeInstant } from '@core/time';

import type { NewCase } from '../handlers/case-entry';
import type { ErrorBody } from '../ipc/contract';
import { beijingSecondOf } from '../store/case-facts';
import type { StoredCase } from '../store/records/cases';
import type { PartnerRef } from './case-row';

/** The app's own instants are already in normal form (…T10:00:00Z); others are put in it. */
const normal = (instant: string) => (instant.length === 20 && instant.endsWith('Z') ? instant : normalizeInstant(instant));

/** A map of maps: a partner's entries, then by key (no key strings built per case). */
class ByPartner<V> {
  private readonly partners = new Map<string, Map<string, V>>();

  get(partnerId: string, key: string): V | undefined {
    return this.partners.get(partnerId)?.get(key);
  }

  set(partnerId: string, key: string, value: V): void {
    const entries = this.partners.get(partnerId);
    if (entries) entries.set(key, value);
    else this.partners.set(partnerId, new Map([[key, value]]));
  }
}

/**
 * Per partner, what the file's rows look stored cases up by: the vendor references (lower
 * case) of the rows with one, and the instants of the rows without one. Only these are kept of
 * the stored cases, so a file costs its own rows, not the desk's 150,000 references.
 */
export type FileKeys = { referenced: ReadonlyMap<string, ReadonlySet<string>>; unreferenced: ReadonlyMap<string, ReadonlySet<string>> };

type Content = Pick<StoredCase, 'customer' | 'kind' | 'category' | 'severity' | 'notes'>;

const contentOf = (request: NewCase): Content => ({
  customer: request.customer ?? '',
  kind: request.kind,
  category: request.category,
  severity: request.severity ?? null,
  notes: request.notes ?? '',
});

const sameContent = (a: Content, b: Content) =>
  a.customer === b.customer && a.kind === b.kind && a.category === b.category && a.severity === b.severity && a.notes === b.notes;

/**
 * Which rows of a file are cases the desk already has, so importing a file twice stores
 * nothing twice. A row with a vendor reference is its partner's case with that reference,
 * stored (any month) or accepted earlier in the file. A row without one is recognised by its
 * content: partner, opening instant, customer, kind, category, severity and notes. Each stored
 * case answers for one such row, so a file holding two identical rows stores both the first
 * time and neither the second. Lookups are by key: linear in the stored cases and the rows.
 */
export class DuplicateIndex {
  /** A partner's vendor references (lower case): stored (null) or accepted from the file (its line). */
  private readonly refs = new ByPartner<number | null>();
  /** A partner's stored cases by opening instant, not yet matched by a row without a reference. */
  private readonly unmatched = new ByPartner<StoredCase[]>();

  constructor(private readonly file: FileKeys) {}

  /** A stored case's vendor reference, in lower case (from the index: see CaseFacts); kept when a row of the file has it. */
  addRef(partnerId: string, lowerCaseRef: string): void {
    if (this.file.referenced.get(partnerId)?.has(lowerCaseRef)) this.refs.set(partnerId, lowerCaseRef, null);
  }

  /** Per partner, the rows without a reference as Beijing day and second of the day (see CaseFacts). */
  private readonly seconds = new Map<string, Map<string, Set<number>>>();

  /**
   * Whether a stored case of the partner opened on that Beijing day at one of those seconds
   * could match a row by content: then the day's cases are read (addContent).
   */
  wantsDay(partnerId: string, day: string, openedSeconds: readonly number[]): boolean {
    let days = this.seconds.get(partnerId);
    if (!days) {
      this.seconds.set(partnerId, (days = new Map()));
      for (const instant of this.file.unreferenced.get(partnerId) ?? []) {
        const at = beijingDateOf(instant);
        days.set(at, (days.get(at) ?? new Set()).add(beijingSecondOf(instant)));
      }
    }
    const wanted = days.get(day);
    return wanted !== undefined && openedSeconds.some((second) => wanted.has(second));
  }

  /** A stored case, for the rows without a reference (its reference comes through addRef). */
  addContent(stored: StoredCase): void {
    const instants = this.file.unreferenced.get(stored.partnerId);
    if (!instants) return;
    const openedAt = normal(stored.openedAt);
    if (!instants.has(openedAt)) return;
    const same = this.unmatched.get(stored.partnerId, openedAt);
    if (same) same.push(stored);
    else this.unmatched.set(stored.partnerId, openedAt, [stored]);
  }

  /** Why the row is a case already there, or null; a match without a reference is used up. */
  check(partner: PartnerRef, request: NewCase): ErrorBody | null {
    const vendorRef = request.vendorRef ?? '';
    if (vendorRef !== '') {
      const earlier = this.refs.get(partner.id, vendorRef.toLowerCase());
      if (earlier === undefined) return null;
      const message = `The case ${vendorRef} of ${partner.name} is already there.`;
      if (earlier === null) return { code: 'DUPLICATE_CASE', message, field: 'vendorRef', data: { vendorRef } };
      return { code: 'DUPLICATE_IN_FILE', message, field: 'vendorRef', data: { vendorRef, line: earlier } };
    }
    const candidates = this.unmatched.get(partner.id, request.openedAt);
    const content = contentOf(request);
    const at = candidates?.findIndex((c) => sameContent(c, content)) ?? -1;
    if (at < 0) return null;
    candidates!.splice(at, 1);
    return {
      code: 'DUPLICATE_CASE_CONTENT',
      message: `${partner.name} already has a case opened at ${request.openedAt} with the same customer, kind, category, severity and notes; without a vendor reference the row is taken to be that case.`,
      data: { openedAt: request.openedAt },
    };
  }

  /** A row accepted on `line`: a later row with its reference is a duplicate within the file. */
  accept(partnerId: string, request: NewCase, line: number): void {
    if (request.vendorRef) this.refs.set(partnerId, request.vendorRef.toLowerCase(), line);
  }
}
