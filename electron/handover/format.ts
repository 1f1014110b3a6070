import { createHash } from 'node:crypto';

import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import type { StoredPartner } from '../store/records/partners';
import type { StoredCharge, StoredConsumption, StoredPack, StoredSubscription } from '../store/records/plans';
import { damagedHandover, handoverTooNew, notAHandoverFile } from './refusals';

/**
 * A hand-over file (one JSON text):
 *
 *   { "format": "partner-support-desk/handover", "version": 1, "createdAt": "…Z", "appVersion": "…",
 *     "checksum": "sha256:<hex>", "body": { "partners": [ { partner, subscriptions, charges, packs,
 *     consumption, cases, bookings } ] } }
 *
 * Each record is as the store keeps it (electron/store/records). The checksum is SHA-256 of the
 * body as JSON.stringify writes it, which is the body's exact text in a file this app wrote; a
 * file re-indented by an editor still reads, any changed value does not. `version` is raised
 * only when an older app could not read the body right: a newer file is refused, never guessed.
 */
export const HANDOVER_FORMAT = 'partner-support-desk/handover';
export const HANDOVER_VERSION = 1;

/** One partner and its whole history. */
export type HandoverEntry = {
  partner: StoredPartner;
  subscriptions: StoredSubscription[];
  charges: StoredCharge[];
  packs: StoredPack[];
  consumption: StoredConsumption[];
  cases: StoredCase[];
  bookings: StoredBooking[];
};
export type HandoverBody = { partners: HandoverEntry[] };

/** A file read and its checksum verified; its body is still unchecked (see readHandoverBody). */
export type HandoverHeader = { version: number; createdAt: string; appVersion: string; checksum: string; body: unknown };

const MAX_META = 100;
/** The body is the file's last member, after this. */
const BODY_KEY = ',"body":';

export const checksumOf = (bodyText: string): string => `sha256:${createHash('sha256').update(bodyText, 'utf8').digest('hex')}`;

/** The file's text: the header, then the body, whose exact text is what the checksum covers. */
export function handoverText(body: HandoverBody, meta: { createdAt: string; appVersion: string }): string {
  const bodyText = JSON.stringify(body);
  const header = { format: HANDOVER_FORMAT, version: HANDOVER_VERSION, createdAt: meta.createdAt, appVersion: meta.appVersion, checksum: checksumOf(bodyText) };
  return `${JSON.stringify(header).slice(0, -1)}${BODY_KEY}${bodyText}}\n`;
}

const CHECKSUM = /^sha256:[0-9a-f]{64}$/;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_META;

/**
 * The checksum of the body's text as handoverText lays it out (the last member), read straight
 * from the file: a file of tens of megabytes is not written out again to be checked. Anything
 * else (a re-indented file) is checked against the body written out again.
 */
function checksumAsLaidOut(text: string): string | null {
  const start = text.indexOf(BODY_KEY);
  const end = text.lastIndexOf('}');
  return start < 0 || end < start ? null : checksumOf(text.slice(start + BODY_KEY.length, end));
}

/**
 * The header of a hand-over file, its checksum verified. Refused, in this order: not JSON or not
 * a hand-over file (HANDOVER_NOT_A_FILE), a newer format (HANDOVER_TOO_NEW, before the checksum,
 * which a newer format may compute otherwise), a body that does not match its checksum
 * (HANDOVER_DAMAGED).
 */
export function readHandoverHeader(text: string): HandoverHeader {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw notAHandoverFile('it is not JSON text (a file cut short, or another kind of file)');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw notAHandoverFile('it does not hold a hand-over');
  const file = parsed as Record<string, unknown>;
  if (file.format !== HANDOVER_FORMAT) throw notAHandoverFile('it does not say it is a partner hand-over');
  const { version, createdAt, appVersion, checksum, body } = file;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) throw notAHandoverFile('its format version is missing');
  if (version > HANDOVER_VERSION) throw handoverTooNew(version, HANDOVER_VERSION);
  if (!isText(createdAt) || Number.isNaN(Date.parse(createdAt)) || !isText(appVersion))
    throw notAHandoverFile('it does not say when and by which app it was written');
  if (typeof checksum !== 'string' || !CHECKSUM.test(checksum)) throw damagedHandover('checksum', 'it has no valid checksum');
  if (typeof body !== 'object' || body === null) throw damagedHandover('checksum', 'it holds no partners');
  if (checksumAsLaidOut(text) !== checksum && checksumOf(JSON.stringify(body)) !== checksum)
    throw damagedHandover('checksum', 'its contents do not match its checksum (it was changed or cut short)');
  return { version, createdAt, appVersion, checksum, body };
}
