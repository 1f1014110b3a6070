import { describe, expect, it } from 'vitest';

import { builderArgs } from './builder-args.mjs';

describe('builderArgs', () => {
  it('never publishes unless asked', () => {
    expect(builderArgs([])).toEqual(['--publish', 'never']);
    expect(builderArgs(['--dir', '--config', 'electron-builder.smoke.yml'])).toEqual(['--dir', '--config', 'electron-builder.smoke.yml', '--publish', 'never']);
  });

  it('keeps an explicit publish as given', () => {
    expect(builderArgs(['--publish', 'always'])).toEqual(['--publish', 'always']);
    expect(builderArgs(['-p', 'onTag'])).toEqual(['-p', 'onTag']);
    expect(builderArgs(['--publish=always'])).toEqual(['--publish=always']);
  });
});
