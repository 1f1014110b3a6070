import type { DeskStore } from '../handlers/context';
import type { DeskData } from '../store/desk-data';
import type { Portfolio } from './portfolio';

/**
 * Stores a generated portfolio through the store's own write paths (validated, durable, each
 * partition written once), so the files are exactly what the app itself would have written.
 * `mark` shapes desk.json (the sample flag, say) from what is stored now.
 */
export async function writePortfolio(store: DeskStore, portfolio: Portfolio, mark: (desk: DeskData) => DeskData = (d) => d): Promise<void> {
  await store.mutate((current) => ({
    next: mark({
      ...portfolio.desk,
      settings: current.settings,
      priceBook: current.priceBook,
      priceBookReviewed: current.priceBookReviewed,
      calendar: current.calendar,
    }),
    result: null,
  }));
  await store.putMany('cases', () => ({ items: portfolio.cases, result: null }));
  await store.putMany('bookings', () => ({ items: portfolio.bookings, result: null }));
}
