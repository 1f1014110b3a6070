import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

import { TEAM_TOKEN } from '../../ipc/contract/sync';
import { writeFileDurably } from '../../store/durable-file';

/** A team's or a manager's id: what a token's first two parts and a peerId's prefix are made of. */
export const teamMemberId = /^[a-z0-9][a-z0-9-]{0,39}$/;

const managerEntry = z.object({
  id: z.string().regex(teamMemberId, 'A manager id is lower-case letters, digits and dashes.'),
  name: z.string().trim().min(1).max(100),
  role: z.enum(['manager', 'lead']),
  tokenSha256: z.string().regex(/^[0-9a-f]{64}$/, 'tokenSha256 is the SHA-256 of the token in lower-case hex.'),
});

/** The server's tokens file: the team and, per manager, the SHA-256 of their token (never the token). */
export const tokensFileSchema = z
  .object({ team: z.string().regex(teamMemberId, 'A team id is lower-case letters, digits and dashes.'), managers: z.array(managerEntry) })
  .refine((file) => new Set(file.managers.map((manager) => manager.id)).size === file.managers.length, 'Each manager id appears once.');

export type ManagerEntry = z.infer<typeof managerEntry>;
export type TokensFile = z.infer<typeof tokensFileSchema>;

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Reads and checks the tokens file; a file that does not pass says which field is wrong. */
export async function readTokensFile(path: string): Promise<TokensFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`The tokens file ${path} cannot be read: ${(error as Error).message}`, { cause: error });
  }
  const parsed = tokensFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ');
    throw new Error(`The tokens file ${path} is not valid: ${problems}`);
  }
  return parsed.data;
}

/**
 * The manager a presented token belongs to, or null. Every entry is compared, in constant time,
 * whatever matched before, so the time taken says nothing about which hash was close.
 */
export function managerOfToken(tokens: TokensFile, token: string): ManagerEntry | null {
  const presented = createHash('sha256').update(token, 'utf8').digest();
  let found: ManagerEntry | null = null;
  for (const manager of tokens.managers) {
    if (timingSafeEqual(presented, Buffer.from(manager.tokenSha256, 'hex')) && found === null) found = manager;
  }
  return found;
}

export type NewManager = { id: string; name: string; role: ManagerEntry['role']; team?: string; replace?: boolean };

/**
 * Adds a manager (or, with `replace`, gives one a new token, which retires the old one) and
 * returns the token `<team>.<manager>.<secret>`: only its SHA-256 is written, so the token is
 * shown this once. The file is replaced in one durable rename.
 */
export async function addManager(path: string, manager: NewManager): Promise<string> {
  const existing = await readFile(path, 'utf8').then(
    () => readTokensFile(path),
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      return null;
    },
  );
  const team = existing?.team ?? manager.team;
  if (!team) throw new Error(`The tokens file ${path} does not exist yet: give the team's id with --team.`);
  if (manager.team && manager.team !== team) throw new Error(`The tokens file ${path} is for team "${team}", not "${manager.team}".`);
  const others = (existing?.managers ?? []).filter((entry) => entry.id !== manager.id);
  if (!manager.replace && others.length !== (existing?.managers.length ?? 0))
    throw new Error(`Manager "${manager.id}" already has a token; add --replace to give them a new one (the old one stops working).`);
  const token = `${team}.${manager.id}.${randomBytes(32).toString('base64url')}`;
  if (!TEAM_TOKEN.test(token)) throw new Error(`"${team}" or "${manager.id}" cannot be used in a token: use lower-case letters, digits and dashes.`);
  const entry: ManagerEntry = { id: manager.id, name: manager.name, role: manager.role, tokenSha256: sha256Hex(token) };
  const next = tokensFileSchema.parse({ team, managers: [...others, entry] });
  await writeFileDurably(path, `${JSON.stringify(next, null, 2)}\n`);
  return token;
}
