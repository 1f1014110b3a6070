// Electron 45 (whose binary is downloaded on first start) and @electron/get, which downloads it
// for the app and for electron-builder, declare Node >= 22.12. The tests need only Node 20.19+.
export const APP_NODE = '22.12.0';

/** [major, minor, patch] of "v22.12.0" or "22.12.0"; missing parts count as 0. */
export function versionParts(version) {
  const parts = String(version).replace(/^v/, '').split(/[.-]/).slice(0, 3).map(Number);
  return [0, 1, 2].map((index) => (Number.isFinite(parts[index]) ? parts[index] : 0));
}

export function isAtLeast(version, minimum) {
  const have = versionParts(version);
  const need = versionParts(minimum);
  for (let index = 0; index < 3; index++) {
    if (have[index] !== need[index]) return have[index] > need[index];
  }
  return true;
}

/** The one sentence to stop with when this Node cannot `purpose` (e.g. "start the app"), or null. */
export function nodeVersionProblem(version, purpose) {
  if (isAtLeast(version, APP_NODE)) return null;
  return (
    `Partner Support Desk needs Node.js ${APP_NODE.replace(/\.0$/, '')} or newer to ${purpose}, because Electron 45 ` +
    `and the tool that downloads it require it, and this is Node.js ${String(version).replace(/^v/, '')}: ` +
    'install Node.js 22.12+ (npm test alone also runs on 20.19+).'
  );
}
