import type { Adapter } from '../case-types';
import { bookingAdapters } from './bookings';
import { calendarAdapters } from './calendar';
import { moneyAdapters } from './money';
import { slaAdapters } from './sla';
import { subscriptionAdapters } from './subscription';
import { ticketAdapters } from './tickets';

/** case-format.md rule name → adapter from the case's `given` to the core's public API. */
export const adapters: Readonly<Record<string, Adapter>> = {
  ...calendarAdapters,
  ...slaAdapters,
  ...ticketAdapters,
  ...bookingAdapters,
  ...moneyAdapters,
  ...subscriptionAdapters,
};
