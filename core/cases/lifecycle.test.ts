import { describe, expect, it } from 'vitest';

import { actionsFor, applyCaseAction, type CaseAction, type CaseFacts } from './lifecycle';

const NOW = '2026-03-02T06:00:00Z';
const aCase = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  state: 'open',
  level: 'premier',
  openedAt: '2026-03-02T02:00:00Z',
  severity: 'production-exception',
  correctedSeverity: null,
  ...overrides,
});
const apply = (action: CaseAction, facts: Partial<CaseFacts> = {}) => applyCaseAction(aCase(facts), action, NOW);

describe('case lifecycle', () => {
  it('C2: records the first response between opening and now', () => {
    expect(apply({ action: 'respond', respondedAt: '2026-03-02T03:00:00Z', respondedBy: 'Li Wei' })).toMatchObject({
      ok: true,
      value: { state: 'responded', respondedAt: '2026-03-02T03:00:00Z', respondedBy: 'Li Wei' },
    });
    expect(apply({ action: 'respond', respondedAt: '2026-03-02T01:59:59Z', respondedBy: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', rule: 'C2', data: { field: 'respondedAt' } },
    });
    expect(apply({ action: 'respond', respondedAt: '2026-03-02T06:00:01Z', respondedBy: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', data: { reason: 'future' } },
    });
  });

  it('C2: a case answers once', () => {
    expect(apply({ action: 'respond', respondedAt: NOW, respondedBy: '' }, { state: 'responded' })).toMatchObject({
      ok: false,
      error: { code: 'CASE_ACTION_NOT_ALLOWED', data: { state: 'responded', action: 'respond' } },
    });
  });

  it('C3: corrects the severity, and back to the original restores the guarantee', () => {
    expect(apply({ action: 'correct-severity', severity: 'general-guidance', reason: 'over-rated' })).toMatchObject({
      ok: true,
      value: { state: 'open', correctedSeverity: 'general-guidance', detail: 'production-exception → general-guidance' },
    });
    expect(apply({ action: 'correct-severity', severity: 'production-exception', reason: '' }, { correctedSeverity: 'general-guidance' })).toMatchObject({
      ok: true,
      value: { correctedSeverity: null },
    });
    expect(apply({ action: 'correct-severity', severity: 'production-exception', reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', rule: 'C3' },
    });
    expect(apply({ action: 'correct-severity', severity: 'general-guidance', reason: '' }, { level: 'basic', severity: null })).toMatchObject({
      ok: false,
      error: { rule: 'C3' },
    });
  });

  it('Q4: withdraw and void; a voided case takes no further change', () => {
    expect(apply({ action: 'withdraw', reason: 'customer solved it' })).toMatchObject({ ok: true, value: { state: 'withdrawn' } });
    expect(apply({ action: 'void', reason: 'typed twice' }, { state: 'closed' })).toMatchObject({ ok: true, value: { state: 'voided', detail: 'closed' } });
    expect(actionsFor('voided')).toEqual([]);
    expect(apply({ action: 'close', reason: '' }, { state: 'voided' })).toMatchObject({ ok: false, error: { code: 'CASE_ACTION_NOT_ALLOWED' } });
  });
});
