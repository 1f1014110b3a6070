import { describe, expect, it } from 'vitest';

import type { Partner } from '@main/ipc/contract';
import { aPartner } from '@test/builders/partners';

import { chooseShown, chosenIds, eligiblePartners, shownPartners } from './partner-choice';

const stored = (id: string, name: string, more: Partial<Partner> = {}): Partner => ({
  ...aPartner({ name, contactName: `${name} contact`, contactEmail: `${id}@example.com` }),
  id,
  archived: false,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...more,
});

const LOTUS = stored('p1', 'Lotus Digital');
const BIRCH = stored('p2', 'Birch Basic', { contactName: 'Wang Fang' });
const OLD = stored('p3', 'Acme Archived', { archived: true });
const ALL = [LOTUS, BIRCH, OLD];

describe('the partners a hand-over offers', () => {
  it('leaves archived partners out unless asked for, sorted by name', () => {
    expect(eligiblePartners(ALL, false).map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(eligiblePartners(ALL, true).map((p) => p.id)).toEqual(['p3', 'p2', 'p1']);
  });

  it('shows those the filter matches by name, contact or email, whatever the case', () => {
    const eligible = eligiblePartners(ALL, false);
    expect(shownPartners(eligible, '  lotus ').map((p) => p.id)).toEqual(['p1']);
    expect(shownPartners(eligible, 'WANG').map((p) => p.id)).toEqual(['p2']);
    expect(shownPartners(eligible, 'p2@').map((p) => p.id)).toEqual(['p2']);
    expect(shownPartners(eligible, '').map((p) => p.id)).toEqual(['p2', 'p1']);
  });
});

describe('choosing', () => {
  it('selects or clears only the partners shown, keeping the others as they were', () => {
    const chosen = chooseShown(new Set(['p2']), [LOTUS], true);
    expect([...chosen].sort()).toEqual(['p1', 'p2']);
    expect([...chooseShown(chosen, [BIRCH], false)]).toEqual(['p1']);
  });

  it('hands over a partner hidden by the filter text, but not an archived one no longer offered', () => {
    const chosen = new Set(['p1', 'p3']);
    expect(chosenIds(chosen, eligiblePartners(ALL, true))).toEqual(['p3', 'p1']);
    expect(chosenIds(chosen, eligiblePartners(ALL, false))).toEqual(['p1']);
  });
});
