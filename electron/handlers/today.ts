import { coverageWarning } from '@core/calendar';
import { beijingDateOf, monthOf } from '@core/time';
import { todayList } from '@core/today';

import type { ChannelsOf } from '../ipc/contract';
import type { TodayAnswer } from '../ipc/contract/today';
import type { HandlerMap } from '../ipc/dispatcher';
import { datesInUse } from './calendar-info';
import { calendarOf } from './calendar-of';
import type { HandlerContext } from './context';
import { monthFacts } from './reports-month-facts';
import { openCases, todayBookings, todayPartners } from './today-input';

/** The most urgent items of each kind the screen lists; the rest are counted (the SLA clocks list every case). */
export const TODAY_ITEMS_PER_KIND = 50;

export const todayHandlers: HandlerMap<ChannelsOf<'today'>, HandlerContext> = {
  'today/items': async (_request, ctx): Promise<TodayAnswer> => {
    const { store, services } = ctx;
    const data = store.read();
    const now = services.now().toISOString();
    const today = beijingDateOf(now);
    // Q1: this month's count of each partner's technical cases, as the store keeps it per day.
    const days = await monthFacts(store, monthOf(today));
    const bookings = store.collection('bookings').inMemory();
    const hidden = data.settings.todayHidden ?? [];
    const list = todayList(
      {
        now,
        partners: todayPartners(data, bookings, days),
        cases: openCases(store, data),
        bookings: todayBookings(bookings),
        // T2: the coverage warning the calendar banner shows, from core's coverageWarning.
        coverage: coverageWarning({ calendar: calendarOf(data), today, datesInUse: datesInUse(store, bookings) }),
        hidden,
      },
      TODAY_ITEMS_PER_KIND,
    );
    return { today, now, hasPartners: data.partners.some((p) => !p.archived), ...list, hidden: [...hidden] };
  },
};
