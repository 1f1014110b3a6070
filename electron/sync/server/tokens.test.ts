import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { TEAM_TOKEN } from '../../ipc/contract/sync';
import { addManager, managerOfToken, readTokensFile, sha256Hex } from './tokens';

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('tokens file', () => {
  it('adds managers with the hash of a fresh team token and finds them by token', async () => {
    folder = await mkdtemp(join(tmpdir(), 'psd-sync-tokens-'));
    const file = join(folder, 'tokens.json');
    await expect(addManager(file, { id: 'wang', name: 'Wang Fang', role: 'manager' })).rejects.toThrow(/--team/);
    const wang = await addManager(file, { id: 'wang', name: 'Wang Fang', role: 'manager', team: 'acme' });
    const lead = await addManager(file, { id: 'li', name: 'Li Lei', role: 'lead' });
    expect(wang).toMatch(TEAM_TOKEN);
    expect(wang.startsWith('acme.wang.')).toBe(true);
    const tokens = await readTokensFile(file);
    expect(tokens.managers.map((m) => [m.id, m.role, m.tokenSha256])).toEqual([
      ['wang', 'manager', sha256Hex(wang)],
      ['li', 'lead', sha256Hex(lead)],
    ]);
    expect(managerOfToken(tokens, wang)?.id).toBe('wang');
    expect(managerOfToken(tokens, lead)?.id).toBe('li');
    expect(managerOfToken(tokens, `${wang}x`)).toBeNull();
    expect(managerOfToken(tokens, '')).toBeNull();

    await expect(addManager(file, { id: 'wang', name: 'Wang Fang', role: 'manager' })).rejects.toThrow(/--replace/);
    await expect(addManager(file, { id: 'zhao', name: 'Zhao', role: 'manager', team: 'other' })).rejects.toThrow(/team "acme"/);
    const renewed = await addManager(file, { id: 'wang', name: 'Wang Fang', role: 'manager', replace: true });
    const after = await readTokensFile(file);
    expect(managerOfToken(after, wang)).toBeNull();
    expect(managerOfToken(after, renewed)?.id).toBe('wang');
    expect(await readFile(file, 'utf8')).not.toContain(renewed.split('.')[2]);
  });

  it('says what is wrong with a tokens file that does not pass', async () => {
    folder = await mkdtemp(join(tmpdir(), 'psd-sync-tokens-'));
    const file = join(folder, 'tokens.json');
    await writeFile(file, JSON.stringify({ team: 'acme', managers: [{ id: 'wang', name: 'W', role: 'boss', tokenSha256: 'abc' }] }));
    await expect(readTokensFile(file)).rejects.toThrow(/managers\.0\.role.*managers\.0\.tokenSha256/);
    await writeFile(file, '{');
    await expect(readTokensFile(file)).rejects.toThrow(/cannot be read/);
  });
});
