import { bookingsCalendar } from '../export/booking-ics';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound } from '../ipc/refusal';
import { todayOf } from './bookings';
import type { HandlerContext } from './context';

export const bookingExportHandlers: HandlerMap<'bookings/export-ics', HandlerContext> = {
  'bookings/export-ics': async ({ ids, language }, ctx) => {
    const bookings = ctx.store.collection('bookings');
    // A booking named twice is one entry: two events with one UID would make a calendar take the file for an update.
    const unique = [...new Set(ids)];
    const records = await Promise.all(unique.map(async (id) => (await bookings.get(id)) ?? (() => { throw notFound('booking', id); })()));
    const names = new Map(ctx.store.read().partners.map((p) => [p.id, p.name]));
    const content = bookingsCalendar(records, names, language, ctx.services.now().toISOString());
    const name = records.length === 1 ? `booking-${records[0]!.start}` : `bookings-${todayOf(ctx)}`;
    const path = await ctx.services.saveFile(`${name}.ics`, content, [{ name: 'iCalendar', extensions: ['ics'] }]);
    return { path, count: records.length };
  },
};
