import type { z } from 'zod';

import { appChannels, type DataNotice, type MenuCommand } from './app';
import { bookingChannels } from './bookings';
import { calendarChannels } from './calendar';
import type { ImportProgress } from './case-import';
import { caseChannels } from './cases';
import { catalogChannels } from './catalog';
import { type Channel, mergeChannels } from './channel';
import { consumptionChannels } from './consumption';
import { escalationChannels } from './escalation';
import { handoverChannels } from './handover';
import { partnerChannels } from './partners';
import { priceBookChannels } from './price-book';
import { prorationChannels } from './proration';
import { quotaChannels } from './quotas';
import type { ExportProgress } from './reports';
import { reportChannels } from './reports';
import { sampleChannels } from './sample';
import { searchChannels } from './search';
import { settingsChannels } from './settings';
import { slaChannels } from './sla';
import { statementChannels } from './statement';
import { subscriptionChannels } from './subscriptions';
import type { SyncStatus } from './sync';
import { syncChannels } from './sync';
import { todayChannels } from './today';

/**
 * The one IPC contract (style.md §2): every channel is 'prefix/verb' with its request schema
 * and result type, declared in the file of its prefix (contract/<prefix>.ts). main validates
 * against it; the renderer imports its types only.
 */
export const contract = mergeChannels(
  appChannels,
  bookingChannels,
  calendarChannels,
  caseChannels,
  catalogChannels,
  consumptionChannels,
  escalationChannels,
  handoverChannels,
  partnerChannels,
  priceBookChannels,
  prorationChannels,
  quotaChannels,
  reportChannels,
  searchChannels,
  sampleChannels,
  settingsChannels,
  slaChannels,
  statementChannels,
  subscriptionChannels,
  syncChannels,
  todayChannels,
);

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** The channels of one prefix: what handlers/<prefix>.ts answers, all of them and no others. */
export type ChannelsOf<P extends string> = Extract<ChannelName, `${P}/${string}`>;
/** What the renderer may send (before defaults are applied). */
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
/** What a handler receives (after validation and defaults). */
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResultOf<C extends ChannelName> = Contract[C] extends Channel<z.ZodType, infer R> ? R : never;

/** Pushes from main to the renderer. */
export type DeskEvents = {
  'app/notice': { message: string };
  /** A damaged data file found after start-up, when a day of cases was first read. */
  'app/data-notice': DataNotice;
  /** A native menu item the page carries out (Help → About …). */
  'app/menu': { command: MenuCommand };
  'reports/export-progress': ExportProgress;
  'cases/import-progress': ImportProgress;
  /** Team sync's state changed (connected, offline, changes waiting), or a merge left something to look at. */
  'sync/status': SyncStatus;
};

export type { AboutInfo, AppStatus, DataNotice, DiagnosticsSaved, MenuCommand, RuntimeInfo } from './app';
export type { BookingCheck, BookingList, BookingRecord } from './bookings';
export type { CalendarFileSummary, CalendarImportPreview, CalendarInfo, CalendarMonth, CalendarYear } from './calendar';
export type { ImportCounts, ImportOutcome, ImportPreview, ImportResult, ImportRow } from './case-import';
export type { CaseEntryCheck, CaseRecordStored } from './cases';
export type { Envelope, ErrorBody } from './channel';
export type { PartnerConsumption } from './consumption';
export type { ErrorCode } from './error-codes';
export type { EscalationDigest, EscalationMessage } from './escalation';
export type { Partner, PartnerFields, PartnerType } from './partners';
export type { PriceBookState } from './price-book';
export type { QuotaMonth, QuotaPortfolio, QuotaRow } from './quotas';
export type { BillingReport, ExportProgress, PartnerBilling, QuotaSummary, ReportScope, ServiceReportData } from './reports';
export type { SampleRecord, SampleStatus } from './sample';
export type { BookingHit, CaseHit, PartnerHit, SearchGroup, SearchResults } from './search';
export type { Language, Settings, TablePrefs } from './settings';
export type { SlaAlert, SlaRow } from './sla';
export type { PartnerStatement, StatementCharges, StatementPlan } from './statement';
export type { ChargeRecord, PartnerPlan, PlanAction, PlanQuote, SubscriptionRecord } from './subscriptions';
