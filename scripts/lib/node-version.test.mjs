import { describe, expect, it } from 'vitest';

import { isAtLeast, nodeVersionProblem, versionParts } from './node-version.mjs';

describe('node version', () => {
  it('reads versions with or without the v', () => {
    expect(versionParts('v22.12.0')).toEqual([22, 12, 0]);
    expect(versionParts('24')).toEqual([24, 0, 0]);
  });

  it('compares part by part, not as text', () => {
    expect(isAtLeast('v22.12.0', '22.12.0')).toBe(true);
    expect(isAtLeast('v22.9.0', '22.12.0')).toBe(false);
    expect(isAtLeast('v23.0.0', '22.12.0')).toBe(true);
    expect(isAtLeast('v20.19.5', '22.12.0')).toBe(false);
  });

  it('lets Node 22.12 and newer through', () => {
    expect(nodeVersionProblem('v22.12.0', 'start the app')).toBeNull();
    expect(nodeVersionProblem('v24.1.0', 'start the app')).toBeNull();
  });

  it('stops an older Node with one sentence that says what is needed, why, and what it found', () => {
    const sentence = nodeVersionProblem('v20.19.0', 'start the app');
    expect(sentence).toMatch(/^Partner Support Desk needs Node\.js 22\.12 or newer to start the app, because Electron 45/);
    expect(sentence).toContain('this is Node.js 20.19.0');
    expect(sentence?.split(/\.\s/)).toHaveLength(1);
  });
});
