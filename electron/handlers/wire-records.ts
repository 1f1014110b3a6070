import type { BookingRecord, CaseRecordStored, ChargeRecord, Partner, SampleRecord, Settings, SubscriptionRecord } from '../ipc/contract';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import type { StoredPartner } from '../store/records/partners';
import type { StoredCharge, StoredSubscription } from '../store/records/plans';
import type { StoredSample } from '../store/records/sample';
import type { StoredSettings } from '../store/records/settings';

/**
 * The stored records (store/records) and what the wire answers (ipc/contract) are two shapes that
 * agree today, so each record is answered as it is kept. Each mapping compiles only while both
 * sides have the same fields of the same types: the day one of them changes alone, its line here
 * stops compiling, and what the page reads is then written out here instead of following the file.
 */
type Same<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;

const asKept =
  <Stored, Wire>(..._sameShape: Same<Stored, Wire> extends true ? [] : [never]) =>
  (record: Stored): Wire =>
    record as unknown as Wire;

export const toWireCase = asKept<StoredCase, CaseRecordStored>();
export const toWireBooking = asKept<StoredBooking, BookingRecord>();
export const toWirePartner = asKept<StoredPartner, Partner>();
export const toWireSubscription = asKept<StoredSubscription, SubscriptionRecord>();
export const toWireCharge = asKept<StoredCharge, ChargeRecord>();
export const toWireSample = asKept<StoredSample, SampleRecord>();
export const toWireSettings = asKept<StoredSettings, Settings>();
