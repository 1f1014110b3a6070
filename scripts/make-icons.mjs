#!/usr/bin/env node
// `npm run icons`: the app icon's PNGs from build/icon.svg (and build/icon-small.svg, the same
// drawing with thicker strokes for 16-48 px). electron-builder reads build/icons/NxN.png on Linux
// and build/icon.png (1024) for the Windows .ico and the macOS .icns. The PNGs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const SMALL_UP_TO = 48;
const build = new URL('../build/', import.meta.url);

function sourceFor(size) {
  return size <= SMALL_UP_TO ? 'icon-small.svg' : 'icon.svg';
}

function render(svgName, size) {
  const svg = readFileSync(new URL(svgName, build), 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, shapeRendering: 2 }).render().asPng();
}

mkdirSync(new URL('icons/', build), { recursive: true });
for (const size of SIZES) {
  writeFileSync(new URL(`icons/${size}x${size}.png`, build), render(sourceFor(size), size));
}
writeFileSync(new URL('icon.png', build), render('icon.svg', 1024));
console.log(`Wrote build/icon.png and build/icons/{${SIZES.map((size) => `${size}x${size}`).join(',')}}.png`);
