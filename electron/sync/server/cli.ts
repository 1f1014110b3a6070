// `npm run sync-server -- --port 3030 --data ./sync-data --tokens ./tokens.json [--host 127.0.0.1]`
// `npm run sync-server -- --tokens ./tokens.json --add-manager wang --name "Wang Fang" [--role lead] [--team acme] [--replace]`
import { parseArgs } from 'node:util';

import { startSyncServer } from './server';
import { addManager, teamMemberId } from './tokens';

const usage = `Usage:
  npm run sync-server -- --port PORT --data FOLDER --tokens FILE [--host 127.0.0.1]
  npm run sync-server -- --tokens FILE --add-manager ID --name "NAME" [--role manager|lead] [--team TEAM] [--replace]`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        data: { type: 'string' },
        tokens: { type: 'string' },
        'add-manager': { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string', default: 'manager' },
        team: { type: 'string' },
        replace: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

async function addManagerCommand(tokensFile: string, id: string) {
  if (!teamMemberId.test(id)) fail(`"${id}" cannot be a manager id: use lower-case letters, digits and dashes.`);
  if (!values.name?.trim()) fail('Give the manager a name with --name.');
  if (values.role !== 'manager' && values.role !== 'lead') fail('--role is "manager" or "lead".');
  const token = await addManager(tokensFile, { id, name: values.name.trim(), role: values.role, team: values.team, replace: values.replace });
  console.log(`Added ${id} (${values.role}) to ${tokensFile}. Their token, shown this once (only its SHA-256 is kept):`);
  console.log(token);
}

async function serveCommand(tokensFile: string) {
  const port = Number(values.port ?? NaN);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('Give the port to listen on with --port (0 picks a free one).');
  if (!values.data) fail('Give the folder that keeps the documents with --data.');
  const server = await startSyncServer({ port, host: values.host, dataDir: values.data, tokensFile });
  console.log(`sync server for team ${server.team} listening on ${server.url} (data in ${values.data})`);
  const stop = (signal: string) => {
    console.log(`${signal}: saving and closing`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`could not save every document before closing: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

try {
  if (!values.tokens) fail('Give the tokens file with --tokens.');
  const manager = values['add-manager'];
  await (manager === undefined ? serveCommand(values.tokens) : addManagerCommand(values.tokens, manager));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
