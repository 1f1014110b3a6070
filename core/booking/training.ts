// B3: organized trainings (one a month) and Premier's on-site training (one a service year).
import { levelLabel } from '../catalog';
import { fail, ok, type Result } from '../errors';
import { serviceYearOf, type Subscription } from '../subscription';
import { describeDate, describeMonth, monthOf } from '../time';
import type { TrainingBooking, TrainingRequest } from './booking-types';
import { planInForce } from './level-guard';

export type TrainingOutcome = { readonly kind: 'organized' | 'on-site' };

function active(trainings: readonly TrainingBooking[]): TrainingBooking[] {
  return trainings.filter((t) => t.cancelled !== true);
}

export function checkTrainingBooking(input: {
  readonly subscription: Subscription;
  readonly trainings: readonly TrainingBooking[];
  readonly request: TrainingRequest;
}): Result<TrainingOutcome> {
  const { subscription, request } = input;
  const inForce = planInForce(subscription, request.date);
  if (!inForce.ok) return inForce;
  const { level, plan } = inForce.value;

  if (request.method === 'on-site') {
    if (plan.training.onsitePerServiceYear === 0) {
      return fail('NOT_INCLUDED', 'B3', `${levelLabel(level)} does not include on-site training; it is a Premier service.`, {
        level,
        service: 'on-site-training',
      });
    }
    if (request.venueConfirmed !== true) {
      return fail('VENUE_REQUIRED', 'B3', 'For on-site training the partner must first confirm a training venue and facilities.', { date: request.date });
    }
    const year = serviceYearOf(subscription, request.date);
    if (!year) throw new Error('A date with a level in force has a service year');
    const taken = active(input.trainings).find((t) => t.method === 'on-site' && t.date >= year.start && t.date < year.end);
    if (taken) {
      return fail(
        'ONSITE_TRAINING_TAKEN',
        'B3',
        `${levelLabel(level)} includes one on-site training a service year; this year's is on ${describeDate(taken.date)}.`,
        {
          takenOn: taken.date,
          serviceYearStart: year.start,
          serviceYearEnd: year.end,
        },
      );
    }
    return ok({ kind: 'on-site' });
  }

  if (plan.training.organizedPerMonth === 0) {
    return fail('NOT_INCLUDED', 'B3', `${levelLabel(level)} includes online video courses only; organized trainings need Standard or Premier.`, {
      level,
      service: 'organized-training',
    });
  }
  const month = monthOf(request.date);
  // B3: the monthly allowance is for online or telepresence trainings; on-site counts per year.
  const inMonth = active(input.trainings).filter((t) => t.method !== 'on-site' && monthOf(t.date) === month);
  const first = inMonth[0];
  if (first && inMonth.length >= plan.training.organizedPerMonth) {
    return fail(
      'TRAINING_MONTH_TAKEN',
      'B3',
      `One organized training a month is included; ${describeMonth(month)} already has one on ${describeDate(first.date)}.`,
      { month, takenOn: first.date },
    );
  }
  return ok({ kind: 'organized' });
}
