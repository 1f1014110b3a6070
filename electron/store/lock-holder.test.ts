import { describe, expect, it } from 'vitest';

import { holderMayBeAlive, type LockHolder, parseHolder, processStartTicks, thisProcess } from './lock-holder';

const here: LockHolder = { pid: 4000, host: 'laptop', bootedAt: 1_764_000_000_000, startedAt: 1_764_000_600_000, startTicks: 5000 };
const holder: LockHolder = { pid: 1234, host: 'laptop', bootedAt: here.bootedAt, startedAt: here.startedAt - 60_000, startTicks: 4200 };
const running = { alive: (pid: number) => pid === 1234, startTicks: (pid: number) => (pid === 1234 ? 4200 : null), here };

describe('holderMayBeAlive', () => {
  it('keeps the lock of a process that still runs since it took it', () => {
    expect(holderMayBeAlive(holder, running)).toBe(true);
  });

  it('takes over after a reboot, even when the PID now belongs to another live process', () => {
    expect(holderMayBeAlive({ ...holder, bootedAt: here.bootedAt - 86_400_000 }, running)).toBe(false);
  });

  it('takes over when the PID is gone, or was reused by a process that started later', () => {
    expect(holderMayBeAlive(holder, { ...running, alive: () => false })).toBe(false);
    expect(holderMayBeAlive(holder, { ...running, startTicks: () => 9999 })).toBe(false);
  });

  it("never takes over another computer's lock on a shared folder, which it cannot check", () => {
    expect(holderMayBeAlive({ ...holder, host: 'office-pc' }, { ...running, alive: () => false })).toBe(true);
  });

  it("tolerates the boot time's drift of a minute or two (clock adjustments)", () => {
    expect(holderMayBeAlive({ ...holder, bootedAt: here.bootedAt + 60_000 }, running)).toBe(true);
  });
});

describe('parseHolder', () => {
  it("reads this version's lock and an older version's bare PID, and nothing from garbage", () => {
    expect(parseHolder(JSON.stringify(holder))).toEqual(holder);
    expect(parseHolder('1234')).toEqual({ pid: 1234 });
    expect(parseHolder('')).toBeNull();
    expect(parseHolder('{"pid":-3}')).toBeNull();
    expect(parseHolder('\u0000\u0000')).toBeNull();
  });
});

it("describes this process so that a later check finds it alive (Linux's exact start time where there is /proc)", () => {
  const me = thisProcess(Date.now());
  expect(me.pid).toBe(process.pid);
  if (process.platform === 'linux') expect(me.startTicks).toBe(processStartTicks(process.pid));
  expect(holderMayBeAlive(me, { alive: () => true, startTicks: processStartTicks, here: thisProcess(Date.now()) })).toBe(true);
});
