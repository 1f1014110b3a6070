// What team sync says, in the user's language: its status, the entries a merge left, their ways out.
import type { TFunction } from 'i18next';

import type { ErrorBody } from '@main/ipc/contract';
import type { AttentionEntry, AttentionWay, SyncStatus } from '@main/ipc/contract/sync';

import { levelWord } from '../../i18n/stored-words';
import { formatDate } from '../../ui/dates';
import { errorSentence } from '../../ui/error-sentence';
import { formatMonth } from '../quotas/quota-text';
import { formatInstant } from '../sla/sla-format';

/** Names joined as the language lists them: "wang and li" / "wang和li". */
const list = (items: string[], locale: string): string => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);

/** A month (YYYY-MM) or a day (YYYY-MM-DD) in the user's language; anything else as it is. */
function periodText(period: string, locale: string): string {
  if (/^\d{4}-\d{2}$/.test(period)) return formatMonth(period, locale);
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return formatDate(period, locale);
  return period;
}

/** The other managers whose changes met this desk's; none when they were this manager's own (two laptops). */
const othersOf = (entry: AttentionEntry, self: string | null): string[] => entry.managers.filter((manager) => manager !== self);

/** Q3 and B1 name whose changes met this desk's; the other kinds are written on two desks at once. */
const NAMES_OTHERS = new Set<AttentionEntry['kind']>(['quota-over', 'kea-over']);

/**
 * An entry as a sentence with its rule id: "Cedar Solutions, March 2026: 31 technical cases after
 * changes from wang met this desk's, over the month's limit of 30 (Q3)". `self` is this desk's
 * manager; changes from their own other laptop are said so (context "self").
 */
export function attentionSentence(t: TFunction, entry: AttentionEntry, self: string | null, locale: string): string {
  const others = othersOf(entry, self);
  return t(`sync.attention.kinds.${entry.kind}`, {
    partner: entry.partnerName,
    period: periodText(entry.subject, locale),
    count: entry.count ?? 0,
    limit: entry.limit ?? 0,
    others: list(others, locale),
    rule: entry.rule,
    context: NAMES_OTHERS.has(entry.kind) && others.length === 0 ? 'self' : undefined,
  });
}

/** S3: "premier from 2026-03-01", the last step of a level timeline as main writes it. */
const LEVEL_FROM = /^([a-z]+) from (\d{4}-\d{2}-\d{2})$/;

/** A value as a desk wrote it: a level (from a date) by its name, an instant in the laptop's zone, else as written. */
export function keptValueText(t: TFunction, value: string, locale: string): string {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatInstant(value, locale).local;
  const step = LEVEL_FROM.exec(value);
  if (step) {
    const level = step[1] === 'none' ? t('sync.attention.noLevel') : levelWord(t, step[1] ?? '');
    return t('sync.attention.levelFrom', { level, date: formatDate(step[2] ?? '', locale) });
  }
  return levelWord(t, value);
}

/**
 * A way out as its button says it. Two ways of one kind are numbered ("Void case 2…"), so each
 * button names what it does on its own.
 */
export function wayLabel(t: TFunction, way: AttentionWay, ways: readonly AttentionWay[], locale: string): string {
  if (way.way === 'keep') return t('sync.attention.ways.keep', { value: keptValueText(t, way.value, locale), by: way.by });
  if (way.way === 'buy-pack') return t('sync.attention.ways.buy-pack');
  const same = ways.filter((w) => w.way === way.way);
  if (same.length < 2) return t(`sync.attention.ways.${way.way}`);
  return t(`sync.attention.ways.${way.way}-n`, { n: same.indexOf(way) + 1 });
}

/** What a "keep" did, then whether the entry went away with it. */
export function keptSentence(t: TFunction, way: Extract<AttentionWay, { way: 'keep' }>, settled: boolean, locale: string): string {
  const kept = t('sync.attention.kept', { value: keptValueText(t, way.value, locale), by: way.by });
  const after = settled ? t('sync.attention.settled') : t('sync.attention.still');
  return [kept, after].join(locale.startsWith('zh') ? '' : ' ');
}

/** The status in a few words, for the header: "Synced", "Offline since 14:05", "3 changes waiting". */
export function statusLabel(t: TFunction, status: SyncStatus, locale: string): string {
  const state =
    status.state === 'offline'
      ? t('sync.status.offline', { time: formatInstant(status.offlineSince ?? '', locale, 'short').local })
      : t(`sync.status.${status.state}`);
  if (status.state === 'off' || status.waiting === 0) return state;
  return `${state} · ${t('sync.status.waiting', { count: status.waiting })}`;
}

/** The rest, for a hover and a screen reader: why it is offline, when it last synced, what waits. */
export function statusDetail(t: TFunction, status: SyncStatus, locale: string): string {
  if (status.state === 'off') return '';
  const sentences = [
    status.state === 'offline' && status.problem ? t(`sync.status.${status.problem}`) : null,
    status.lastSyncedAt ? t('sync.status.lastSynced', { time: formatInstant(status.lastSyncedAt, locale).local }) : t('sync.status.neverSynced'),
    status.waiting > 0 ? t('sync.status.waitingNote', { count: status.waiting }) : null,
  ].filter((sentence): sentence is string => sentence !== null);
  return sentences.join(locale.startsWith('zh') ? '' : ' ');
}

/**
 * A refusal of sync/configure as a sentence naming the field: main checks the address and the
 * token (the contract's schema, or both given to turn sync on); anything else as every error.
 */
export function configureErrorSentence(t: TFunction, error: ErrorBody): string {
  if (error.code !== 'INVALID_INPUT' || (error.field !== 'serverUrl' && error.field !== 'token')) return errorSentence(t, error);
  // The schema's checks carry their rule; main's "give both to turn it on" has none.
  const field = error.field === 'serverUrl' ? 'server' : 'token';
  return error.rule ? t(`sync.settings.${field}Invalid`) : t(`sync.settings.${field}Missing`);
}

/** "by wang" for a history entry another manager's desk wrote; null for this desk's manager's own, or none. */
export function historyByText(t: TFunction, by: string | undefined, self: string | null): string | null {
  return by && by !== self ? t('sync.history.by', { manager: by }) : null;
}
