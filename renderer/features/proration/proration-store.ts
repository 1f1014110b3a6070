import { create } from 'zustand';

import type { Level } from '@core/catalog';
import { periodFee, type PriceBook } from '@core/money';
import { levelOn, periodEndFor } from '@core/subscription';
import type { Partner, PartnerPlan } from '@main/ipc/contract';

import { call } from '../../api/bridge';
import { beijingToday } from '../../ui/dates';
import { moneyInputValue } from '../../ui/money';
import { type AdhocFields, checkAdhoc, checkDateInSegment, type FieldProblem } from './adhoc-check';
import { calculate } from './proration-quotes';
import type { Calculation, Scenario, Target } from './proration-types';

export const ADHOC = 'adhoc';

type ProrationState = {
  /** Partners with a plan in force today, by name. */
  partners: Partner[];
  priceBook: PriceBook | null;
  /** M2: whether the price book was reviewed; a quote names its prices accordingly. */
  priceBookReviewed: boolean;
  /** A partner id, ADHOC, or '' before a choice. */
  source: string;
  plan: PartnerPlan | null;
  adhoc: AdhocFields;
  on: string;
  target: Target;
  problems: readonly FieldProblem[];
  result: Calculation | null;
  busy: boolean;
  load: () => Promise<void>;
  chooseSource: (source: string) => Promise<void>;
  setAdhoc: <K extends keyof AdhocFields>(field: K, value: AdhocFields[K]) => void;
  setOn: (on: string) => void;
  setTarget: (target: Target) => void;
  run: () => Promise<void>;
  apply: () => Promise<PartnerPlan>;
  copyText: (text: string) => Promise<void>;
  /** The path the PDF was saved to, or null if the user cancelled. */
  savePdf: (suggestedName: string) => Promise<string | null>;
};

const blankAdhoc = (today: string): AdhocFields => ({
  periodStart: today,
  periodEnd: periodEndFor(today, 'yearly'),
  segmentStart: '',
  paid: '',
  billing: 'yearly',
  level: 'standard',
});

/** The target a manager most likely asks about: one level up, or Standard from Premier. */
const defaultTarget = (level: Level | null): Target => (level === 'premier' ? 'standard' : 'premier');

function scenarioOf(state: ProrationState, priceBook: PriceBook): { scenario: Scenario } | { problems: FieldProblem[] } {
  const { plan, source, on } = state;
  if (source === ADHOC) {
    const checked = checkAdhoc(state.adhoc, on, priceBook.currency);
    if (!checked.ok) return { problems: [...checked.problems] };
    const { level, ...rest } = checked.value;
    return { scenario: { ...rest, partnerId: null, partnerName: null, currentLevel: level, on, currency: priceBook.currency } };
  }
  const subscription = plan?.subscription;
  if (!subscription) return { problems: [{ field: 'source', key: 'chooseSource' }] };
  const problem = checkDateInSegment(on, subscription.segment.start, subscription.period.end);
  if (problem) return { problems: [problem] };
  return {
    scenario: {
      partnerId: subscription.partnerId,
      partnerName: state.partners.find((p) => p.id === subscription.partnerId)?.name ?? null,
      periodStart: subscription.period.start,
      periodEnd: subscription.period.end,
      segmentStart: subscription.segment.start,
      segmentPaid: subscription.segment.paid,
      billing: subscription.billing,
      currentLevel: levelOn(subscription, on),
      on,
      currency: plan.currency,
    },
  };
}

/** Any edit makes the last result stale, so it is cleared rather than left beside new input. */
/** Bumped by every edit, so an answer to an earlier set of inputs is dropped, not shown. */
let inputs = 0;

export const useProration = create<ProrationState>((set, get) => ({
  partners: [],
  priceBook: null,
  priceBookReviewed: false,
  source: '',
  plan: null,
  adhoc: blankAdhoc(beijingToday()),
  on: beijingToday(),
  target: 'premier',
  problems: [],
  result: null,
  busy: false,
  load: async () => {
    const [partners, levelsToday, book] = await Promise.all([call('partners/list', {}), call('subscriptions/levels', {}), call('price-book/get', {})]);
    const subscribed = new Set(levelsToday.filter((l) => l.level !== null).map((l) => l.partnerId));
    const { adhoc, source } = get();
    set({
      // T1: a screen opened after midnight starts from the new Beijing day.
      ...(source === '' ? { on: beijingToday() } : {}),
      partners: partners.filter((p) => subscribed.has(p.id)),
      priceBook: book.priceBook,
      priceBookReviewed: book.reviewed,
      // M2: a sensible start for the amount paid: the level's fee for a whole period.
      adhoc: adhoc.paid === '' ? { ...adhoc, paid: moneyInputValue(periodFee(book.priceBook, adhoc.level, adhoc.billing), book.priceBook.currency) } : adhoc,
    });
  },
  chooseSource: async (source) => {
    inputs++;
    set({ source, plan: null, result: null, problems: [] });
    if (source === '' || source === ADHOC) {
      set({ target: defaultTarget(get().adhoc.level) });
      return;
    }
    const plan = await call('subscriptions/get', { partnerId: source });
    if (get().source !== source) return;
    set({ plan, target: defaultTarget(plan.levelToday) });
  },
  setAdhoc: (field, value) => {
    inputs++;
    set(({ adhoc }) => {
      const next = { ...adhoc, [field]: value };
      // M4: the segment follows the period start until the user sets it apart.
      if (field === 'periodStart' && (adhoc.segmentStart === '' || adhoc.segmentStart === adhoc.periodStart)) next.segmentStart = '';
      return { adhoc: next, result: null };
    });
  },
  setOn: (on) => {
    inputs++;
    set({ on, result: null });
  },
  setTarget: (target) => {
    inputs++;
    set({ target, result: null });
  },
  run: async () => {
    const state = get();
    if (!state.priceBook) return;
    const made = scenarioOf(state, state.priceBook);
    if ('problems' in made) {
      set({ problems: made.problems, result: null });
      return;
    }
    set({ problems: [], busy: true });
    const asked = inputs;
    try {
      const result = await calculate(made.scenario, state.priceBook, state.target);
      if (asked === inputs) set({ result });
    } finally {
      set({ busy: false });
    }
  },
  apply: async () => {
    const { result } = get();
    const partnerId = result?.scenario.partnerId;
    if (!result || !partnerId) throw new Error("Only a stored partner's quote can be applied.");
    // The same request as the quote: main computes the amounts again from what is stored (M5/M6).
    const plan = await call('subscriptions/apply', { partnerId, request: { action: 'change', on: result.scenario.on, level: result.chosen.target } });
    set({ result: null, plan });
    return plan;
  },
  copyText: async (text) => {
    await call('app/copy-text', { text });
  },
  savePdf: async (suggestedName) => (await call('app/save-pdf', { suggestedName })).path,
}));
