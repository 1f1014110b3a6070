import { describe, expect, it } from 'vitest';

import { registerHandlers } from './dispatcher';

describe('registerHandlers', () => {
  it("joins the prefixes' handler maps, refusing a channel registered twice", () => {
    const answer = () => null;
    expect([...registerHandlers({ 'app/status': answer }, { 'sla/board': answer }).keys()]).toEqual(['app/status', 'sla/board']);
    expect(() => registerHandlers({ 'app/status': answer }, { 'app/status': answer })).toThrow('IPC channel app/status is registered twice.');
  });
});
