import { describe, expect, it } from 'vitest';

import { documentIdOf, managerIndexUrl, partnerUrl, partnerYearUrl, rosterUrl, teamIndexUrl } from '../documents';
import { createAccessRule, grantsFromTeamIndex, newlyGranted } from './grants';

const id = documentIdOf;
const index = (partners: Record<string, unknown>) => ({ kind: 'team-index', team: 'acme', partners, history: [] });

describe('grants from the team index', () => {
  const grants = grantsFromTeamIndex(
    'acme',
    index({ P1: { manager: 'a', name: 'One', years: ['2025', '2026'] }, P2: { manager: 'b', name: 'Two', years: [] } }),
  );
  const allows = createAccessRule('acme');
  const a = { manager: 'a', role: 'manager' } as const;

  it("gives a manager the team index, the roster, their own index, and their partners' documents of the years listed", () => {
    expect(allows(a, id(teamIndexUrl('acme')), grants)).toBe(true);
    expect(allows(a, id(rosterUrl('acme')), grants)).toBe(true);
    expect(allows(a, id(rosterUrl('other-team')), grants)).toBe(false);
    expect(allows(a, id(managerIndexUrl('acme', 'a')), grants)).toBe(true);
    expect(allows(a, id(partnerUrl('acme', 'P1')), grants)).toBe(true);
    expect(allows(a, id(partnerYearUrl('acme', 'P1', '2025')), grants)).toBe(true);
    expect(allows(a, id(partnerYearUrl('acme', 'P1', '2024')), grants)).toBe(false);
    expect(allows(a, id(partnerUrl('acme', 'P2')), grants)).toBe(false);
    expect(allows(a, id(managerIndexUrl('acme', 'b')), grants)).toBe(false);
    expect(allows(a, id(partnerUrl('other-team', 'P1')), grants)).toBe(false);
    expect(allows(undefined, id(teamIndexUrl('acme')), grants)).toBe(false);
  });

  it('gives the lead every document', () => {
    expect(allows({ manager: 'lead', role: 'lead' }, id(partnerYearUrl('acme', 'P2', '2030')), grants)).toBe(true);
  });

  it('skips an entry of the wrong shape instead of failing the index', () => {
    const odd = grantsFromTeamIndex(
      'acme',
      index({ P1: { manager: 'A B', years: [] }, P2: { manager: 'b', years: ['20x6'] }, P3: { manager: 'c', years: ['2026'] } }),
    );
    expect([...odd.keys()]).toEqual([id(partnerUrl('acme', 'P3')), id(partnerYearUrl('acme', 'P3', '2026'))]);
    expect(grantsFromTeamIndex('acme', { partners: 'none' }).size).toBe(0);
  });

  it('names the documents a change of hands grants to someone new', () => {
    const after = grantsFromTeamIndex(
      'acme',
      index({ P1: { manager: 'a', name: 'One', years: ['2025', '2026'] }, P2: { manager: 'a', name: 'Two', years: ['2026'] } }),
    );
    expect(newlyGranted(grants, after).sort()).toEqual([id(partnerUrl('acme', 'P2')), id(partnerYearUrl('acme', 'P2', '2026'))].sort());
    expect(newlyGranted(after, grants)).toEqual([id(partnerUrl('acme', 'P2'))]);
    expect(newlyGranted(after, after)).toEqual([]);
  });
});
