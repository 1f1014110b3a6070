import { startShell } from './shell';

// The bundled main runs from out/main: the page and the preload are found beside it.
void startShell({ env: process.env, mainDir: __dirname, catchUncaught: true });
