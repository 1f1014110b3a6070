import type { HolidayCalendar } from '../calendar';
import type { Level, SeverityId } from '../catalog';
import type { Subscription } from '../subscription';
import type { IsoInstant } from '../time';

export type SlaCase = {
  readonly subscription: Subscription;
  readonly calendar: HolidayCalendar;
  /** Omitted on Basic (P2). */
  readonly severity?: SeverityId;
  readonly openedAt: IsoInstant;
};

export type SlaClock = '24/7' | 'working-time';

export type SlaDue = {
  readonly level: Level;
  /** C1: the due instant to the millisecond (exactInstant): stored and sent as is, compared exactly (C2). */
  readonly dueAt: IsoInstant;
  /** The same instant as a number: every comparison uses it (or dueAt read back), never a rounded form. */
  readonly dueMs: number;
  /** The target as a duration: wall-clock on 24/7, working time on Basic (T5). */
  readonly targetMs: number;
  readonly clock: SlaClock;
};

export type SlaStatusKind = 'running' | 'at-risk' | 'breached' | 'met' | 'missed' | 'not-guaranteed';
