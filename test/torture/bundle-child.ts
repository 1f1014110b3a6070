import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * The XLSX writer is the largest module the desk loads (about 2.4 MB) and no change of the stream
 * uses it: left out, each child starts 0.3-0.4 s sooner. Anything that reaches for it throws.
 */
const withoutExcel: Plugin = {
  name: 'without-exceljs',
  setup(bundle) {
    bundle.onResolve({ filter: /^exceljs$/ }, () => ({ path: 'exceljs', namespace: 'left-out' }));
    bundle.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({
      contents: "export default new Proxy({}, { get() { throw new Error('The torture child leaves the XLSX writer out'); } });",
      loader: 'js',
    }));
  },
};

/**
 * Team sync's packages stay outside the bundle: Automerge finds its WebAssembly beside its own
 * module. Imported by their absolute path, since the bundle is written outside the project.
 */
const syncOutside: Plugin = {
  name: 'sync-outside',
  setup(bundle) {
    bundle.onResolve({ filter: /^@automerge\// }, (args) => ({ path: fileURLToPath(import.meta.resolve(args.path)), external: true }));
  },
};

/**
 * Bundles the child into one file, once per run: started through tsx, each child took seconds
 * to compile the app again on this two-core machine; bundled, it starts in well under a second,
 * so a thousand kills fit in minutes. esbuild is the compiler tsx itself runs on.
 */
export async function bundleChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'torture-child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./torture-child.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [withoutExcel, syncOutside],
    // Some dependencies are CommonJS and call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as bannerRequire } from 'node:module'; const require = bannerRequire(import.meta.url);" },
  });
  return outfile;
}
