// Bundles the dashboard into dist/: dashboard.js (ES module, Chart.js included), dashboard.css and index.html, each
// also compressed once here (.br, .gz) for the gateway to send to browsers that accept it.
// The gateway's build runs this (npm run build) and copies dist/ into its wwwroot. `--watch` rebuilds on change.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const watch = process.argv.includes('--watch');
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** name.br and name.gz beside dist/name, at the strongest settings: they are made once per build, sent many times. */
async function compress(name, source = join(dist, name)) {
  const bytes = await readFile(source);
  await writeFile(join(dist, `${name}.br`), await brotli(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }));
  await writeFile(join(dist, `${name}.gz`), await gzipped(bytes, { level: constants.Z_BEST_COMPRESSION }));
}

const options = {
  // Same name, two outputs: dashboard.js and dashboard.css.
  entryPoints: [
    { in: join(root, 'src/main.js'), out: 'dashboard' },
    { in: join(root, 'src/styles.css'), out: 'dashboard' },
  ],
  outdir: dist,
  entryNames: '[name]',
  bundle: true,
  format: 'esm',
  target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
  minify: !watch,
  legalComments: 'eof',
  logLevel: 'warning',
  // Fails the build on warnings too, like the .NET build.
  plugins: [{
    name: 'index-html',
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length > 0 || result.warnings.length > 0)
          return;
        await copyFile(join(root, 'src/favicon.svg'), join(dist, 'favicon.svg'));
        // The watch mode serves what it builds at once: no compressed copies that could go stale.
        if (!watch)
          await Promise.all([compress('dashboard.js'), compress('dashboard.css'), compress('index.html', join(root, 'src/index.html'))]);
        // Last: the gateway's build takes index.html as the sign that dist/ is complete.
        await copyFile(join(root, 'src/index.html'), join(dist, 'index.html'));
      });
    },
  }],
};

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
  console.log(`watching; serve ${dist} (the gateway: --Dashboard:Root=${dist})`);
} else {
  const result = await esbuild.build(options);
  if (result.warnings.length > 0) {
    console.error(`dashboard build: ${result.warnings.length} warning(s)`);
    process.exit(1);
  }
}
