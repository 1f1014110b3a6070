import { useEffect, useState } from 'react';

import type { BookingCheck } from '@main/ipc/contract';

import { ApiError } from '../../api/bridge';
import { type BookingDraft, useBookings } from './bookings-store';

/** Main's answer for the draft on screen; an answer to an older draft is never shown. */
export function useBookingCheck(draft: BookingDraft | null): BookingCheck | null {
  const key = JSON.stringify(draft);
  const [answer, setAnswer] = useState<{ key: string; check: BookingCheck } | null>(null);
  useEffect(() => {
    const parsed = JSON.parse(key) as BookingDraft | null;
    if (!parsed) return;
    let current = true;
    useBookings
      .getState()
      .check(parsed)
      .then((check) => current && setAnswer({ key, check }))
      .catch((e: unknown) => {
        // A draft main cannot read yet (a half-typed date) simply has no answer.
        if (!(e instanceof ApiError)) throw e;
      });
    return () => {
      current = false;
    };
  }, [key]);
  return answer?.key === key ? answer.check : null;
}
