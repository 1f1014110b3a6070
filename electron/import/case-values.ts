import { caseCategories, type CaseCategoryId, type CaseKind, type SeverityId } from '../../core/catalog';
import { beijingTime, formatInstant, formatYmd, isIsoDate, normalizeInstant, type IsoDate } from '../../core/time';

/** A file repeats a handful of spellings thousands of times: each is read once (a hostile file's many are forgotten now and then). */
function remembered<T>(read: (text: string) => T, max = 1000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text)!;
    const value = read(text);
    if (seen.size >= max) seen.clear();
    seen.set(text, value);
    return value;
  };
}

/** Case-insensitive, spaces collapsed, a trailing "(P3)"-style remark dropped. */
const plain = (text: string): string => text.toLowerCase().replace(/\(.*?\)/g, ' ').replace(/\s+/g, ' ').trim();

const KINDS: Record<string, CaseKind> = {
  service: 'service',
  'service support': 'service',
  服务: 'service',
  服务支持: 'service',
  technical: 'technical',
  'technical support': 'technical',
  技术: 'technical',
  技术支持: 'technical',
};

/** P3: the kind of support a case asks for. */
export const readKind = remembered((text: string): CaseKind | null => KINDS[plain(text)] ?? null);

/** Each readable wording once, to the first entry (in list order) that has it as its id or its wording. */
function wordings<Id extends string>(entries: readonly { id: Id; wording: string }[]): Map<string, Id> {
  const byText = new Map<string, Id>();
  for (const { id, wording } of entries) for (const text of [id, plain(wording)]) if (!byText.has(text)) byText.set(text, id);
  return byText;
}

const CATEGORIES = wordings(caseCategories.map((c) => ({ id: c.id, wording: c.source })));

/** P4: a category by its id or by the English wording of the product description's scope list. */
export const readCategory = remembered((text: string): CaseCategoryId | null => CATEGORIES.get(plain(text)) ?? null);

/** P2 / Table 5-2: the labels as the vendor console exports them. */
const SEVERITY_LABELS: Record<SeverityId, string> = {
  'core-production-unavailable': 'Core production system unavailable',
  'production-unavailable': 'Production system unavailable',
  'production-exception': 'Production system exception',
  'system-exception': 'System exception',
  'general-guidance': 'General guidance',
};

const SEVERITIES = wordings((Object.keys(SEVERITY_LABELS) as SeverityId[]).map((id) => ({ id, wording: SEVERITY_LABELS[id] })));

export const readSeverity = remembered((text: string): SeverityId | null => SEVERITIES.get(plain(text)) ?? null);

const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * T1: an instant with an offset is taken as it is; a spreadsheet's "2026-03-02 10:00" (no
 * offset) is Beijing time, never the laptop's zone. Answers UTC ISO, or null when unreadable.
 */
export function readOpenedAt(text: string): string | null {
  const m = LOCAL.exec(text);
  if (m) {
    const day = isoDateOrNull(Number(m[1]), Number(m[2]), Number(m[3]));
    const [hours, minutes, seconds] = [Number(m[4]), Number(m[5]), Number(m[6] ?? '0')];
    // 24:00 is the next midnight, as in any ISO time of day.
    if (day === null || minutes > 59 || seconds > 59 || hours > 24 || (hours === 24 && minutes + seconds > 0)) return null;
    return formatInstant(beijingTime(day, hours, minutes) + seconds * 1000);
  }
  if (!WITH_OFFSET.test(text)) return null;
  try {
    return normalizeInstant(text);
  } catch {
    return null;
  }
}

/** A date from its numbers (as a spreadsheet writes them, 2026/3/2), or null when there is no such day. */
const isoDateOrNull = (year: number, month: number, day: number): IsoDate | null => {
  const date = formatYmd(year, month, day);
  return isIsoDate(date) ? date : null;
};
