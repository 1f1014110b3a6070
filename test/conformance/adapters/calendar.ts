import { addWorkingDays, isWorkingDay } from '@core';

import type { Adapter } from '../case-types';
import { calendarOf, num, text } from '../given';

export const calendarAdapters: Record<string, Adapter> = {
  // T3
  'working-days.add': (given) => ({ date: addWorkingDays(calendarOf(given), text(given, 'date'), num(given, 'days')) }),
  // T2
  'working-days.is': (given) => ({ working: isWorkingDay(calendarOf(given), text(given, 'date')) }),
};
