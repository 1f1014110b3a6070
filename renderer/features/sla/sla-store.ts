import { create } from 'zustand';

import type { SlaAlert } from '@main/ipc/contract';

import { call } from '../../api/bridge';
import { type BoardCounts, type ClockRow, countBoard, nextTransitionMs, toClockRow, transitionKey } from './sla-clock';

type SlaState = {
  rows: ClockRow[];
  loaded: boolean;
  /** The one clock of the whole app's SLA display, advanced by the ticker. */
  nowMs: number;
  /** Changes only when a case changes state (see transitionKey). */
  key: string;
  /** The instant the statuses on screen were worked out: the latest load or transition. */
  statusNowMs: number;
  /** The next instant a case reaches a milestone (see nextTransitionMs): ticks before it change no status. */
  nextTransitionMs: number;
  counts: BoardCounts;
  load: () => Promise<void>;
  /** Advances the clock; answers true when some case changed state since the last tick. */
  tick: (nowMs: number) => boolean;
  /** C2: asks main which cases newly need an alert (each case and state is answered once). */
  takeAlerts: () => Promise<SlaAlert[]>;
  notify: (title: string, body: string) => Promise<void>;
};

export const useSla = create<SlaState>((set, get) => ({
  rows: [],
  loaded: false,
  nowMs: 0,
  key: '',
  statusNowMs: 0,
  nextTransitionMs: Number.NEGATIVE_INFINITY,
  counts: { running: 0, atRisk: 0, breached: 0, answered: 0 },
  load: async () => {
    const rows = (await call('sla/board', {})).map(toClockRow);
    const { nowMs } = get();
    set({
      rows,
      loaded: true,
      key: transitionKey(rows, nowMs),
      statusNowMs: nowMs,
      nextTransitionMs: nextTransitionMs(rows, nowMs),
      counts: countBoard(rows, nowMs),
    });
  },
  tick: (nowMs) => {
    const { rows, key, nextTransitionMs: due } = get();
    // Most ticks: no case reaches a milestone, so only the clocks' time moves (a frame's budget
    // is 16 ms, and counting 5,000 rows every second cost one now and then).
    if (nowMs < due) {
      set({ nowMs });
      return false;
    }
    const next = transitionKey(rows, nowMs);
    const changed = next !== key;
    const nextDue = nextTransitionMs(rows, nowMs);
    set(changed ? { nowMs, key: next, statusNowMs: nowMs, nextTransitionMs: nextDue, counts: countBoard(rows, nowMs) } : { nowMs, nextTransitionMs: nextDue });
    return changed;
  },
  takeAlerts: () => call('sla/alerts', {}),
  notify: async (title, body) => {
    await call('app/notify', { title, body });
  },
}));
