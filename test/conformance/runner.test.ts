import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { main } from './cli';
import { runFolder } from './runner';

const passing = { id: 'wd-pass', rule: 'working-days.add', given: { date: '2026-03-05', days: 2 }, expect: { date: '2026-03-09' } };
const failing = { id: 'wd-fail', rule: 'working-days.add', given: { date: '2026-03-05', days: 2 }, expect: { date: '2026-03-10' } };
const unknown = { id: 'mystery', rule: 'no.such-rule', given: {}, expect: { ok: true } };
const throwing = { id: 'throws', rule: 'working-days.add', given: { date: 'not-a-date', days: 1 }, expect: { date: '2026-01-01' } };
const instant = {
  id: 'sla-offset-normalised',
  rule: 'sla.due',
  given: {
    subscription: { start: '2026-01-01', billing: 'yearly', levels: [{ from: '2026-01-01', level: 'premier' }] },
    severity: 'core-production-unavailable',
    openedAt: '2026-03-02T10:00:00+08:00',
  },
  expect: { dueAt: '2026-03-02T10:15:00.000+08:00' },
};
const warned = {
  id: 'chg-warn-set',
  rule: 'subscription.change',
  given: {
    subscription: {
      start: '2026-01-01',
      billing: 'yearly',
      levels: [
        { from: '2026-01-01', level: 'standard' },
        { from: '2026-03-01', level: 'premier' },
      ],
    },
    request: { on: '2026-03-20', level: 'standard' },
  },
  expect: { ok: true, warnings: ['FREQUENT_CHANGE'] },
};

let folder = '';
const write = (name: string, content: unknown) => writeFileSync(join(folder, name), typeof content === 'string' ? content : JSON.stringify(content));

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'conformance-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('conformance runner', () => {
  it('passes matching cases, normalising instants and comparing warnings as a set', () => {
    write('a.json', [passing, instant, warned]);
    write('notes.txt', 'not a case file');
    const lines: string[] = [];
    expect(main([folder], (l) => lines.push(l))).toBe(0);
    expect(lines).toEqual(['3 passed, 0 failed']);
  });

  it('reports failing, unknown-rule and throwing cases, and a bad file, and exits non-zero', () => {
    write('a.json', [passing, failing, unknown, throwing]);
    write('b.json', '[{ not json');
    const report = runFolder(folder);
    expect(report).toMatchObject({ passed: 1, failed: 3, fileErrors: 1 });
    expect(report.lines.some((l) => l.startsWith('FAIL wd-fail') && l.includes('"date":"2026-03-10"') && l.includes('"date":"2026-03-09"'))).toBe(true);
    expect(report.lines.some((l) => l.includes('mystery') && l.includes('unknown rule "no.such-rule"'))).toBe(true);
    expect(report.lines.some((l) => l.startsWith('FAIL throws') && l.includes('exception'))).toBe(true);
    expect(report.lines.some((l) => l.startsWith('ERROR b.json'))).toBe(true);
    const lines: string[] = [];
    expect(main([folder], (l) => lines.push(l))).toBe(1);
    expect(lines.at(-1)).toBe('1 passed, 3 failed');
  });

  it('exits non-zero for a bad file even when every case passes', () => {
    write('a.json', [passing]);
    write('b.json', '{"not": "an array"}');
    const lines: string[] = [];
    expect(main([folder], (l) => lines.push(l))).toBe(1);
    expect(lines.at(-1)).toBe('1 passed, 0 failed');
  });

  it('a missing expected key fails the case', () => {
    write('a.json', [{ ...passing, id: 'extra-key', expect: { date: '2026-03-09', nope: 1 } }]);
    expect(runFolder(folder)).toMatchObject({ passed: 0, failed: 1 });
  });

  it('runs the shared cases by default', () => {
    const lines: string[] = [];
    expect(main([], (l) => lines.push(l))).toBe(0);
    expect(lines.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });
});
