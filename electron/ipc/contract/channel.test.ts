import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { channel, mergeChannels } from './channel';

const ping = channel<null>()(z.object({}));

describe('mergeChannels', () => {
  it("joins the prefixes' channels into one contract", () => {
    expect(Object.keys(mergeChannels({ 'a/x': ping }, { 'b/x': ping, 'b/y': ping }))).toEqual(['a/x', 'b/x', 'b/y']);
  });

  it('fails at start on a channel declared in two files', () => {
    expect(() => mergeChannels({ 'a/x': ping }, { 'b/x': ping }, { 'a/x': ping })).toThrow(new Error('Channel a/x is declared twice'));
  });
});
