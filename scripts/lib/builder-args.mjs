// electron-builder's arguments for `npm run dist`: whatever was passed on, and never a publish
// unless asked for (it would otherwise publish on its own when it finds a GH_TOKEN on a tag).
export function builderArgs(passed) {
  const asksPublish = passed.some((arg) => arg === '-p' || arg === '--publish' || arg.startsWith('--publish='));
  return asksPublish ? [...passed] : [...passed, '--publish', 'never'];
}
