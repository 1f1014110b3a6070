export { BOOKING_NOTICE_DAYS } from './booking-items';
export { endOfBeijingDay } from './case-items';
export { PLAN_END_NOTICE_DAYS } from './plan-items';
export { QUOTA_NOTICE_PERCENT, SERVICE_YEAR_NOTICE_DAYS } from './quota-items';
export { byUrgency, todayItems, type TodayList, todayList } from './today-items';
export {
  TODAY_KINDS,
  type TodayBooking,
  type TodayCase,
  type TodayInput,
  type TodayItem,
  type TodayKind,
  type TodayPartner,
  type TodayTarget,
  URGENCIES,
  type Urgency,
} from './today-types';
