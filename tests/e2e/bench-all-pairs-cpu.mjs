// Benchmark (not a test): the 100 x 50 all-pairs job of bench-matching.mjs in Node's V8, timed
// by CPU time as well as by the clock, for comparing builds on a loaded machine: there the
// clock measures the other processes (a run of 1.45 s of CPU took 22-35 s by the clock at a
// load average of 20 on two cores) while the CPU time moves by a few per cent.
// Run: cd tests/e2e && node bench-all-pairs-cpu.mjs A.html B.html ... (bench builds:
// `TRUNK_BUILD_FEATURES=bench cargo xtask dist`; without arguments, PARALLAX_HTML or
// dist/parallax.html). RUNS rounds (default 5), each timing every page once in turn, so
// the pages share the load; the first round (compiling, tiering up) is left out of the
// medians. Each page's summary (pairs, flags, score sum) is printed: it must be the same.
// The CPU time is the process's (process.cpuUsage): V8's background compiling and
// garbage collection threads are in it.
import fs from 'node:fs';
import zlib from 'node:zlib';
import vm from 'node:vm';
import { HTML } from './helpers.mjs';
import { allPairsArticles, median } from './bench-common.mjs';

/** The page's wasm (inflated) and its classic glue, taken out of the built file. */
function load(html) {
  const page = fs.readFileSync(html, 'utf8');
  const grab = (id) => {
    const at = page.indexOf(`id="${id}"`);
    if (at < 0) throw new Error(`${html}: no <script id="${id}">`);
    const start = page.indexOf('>', at) + 1;
    return page.slice(start, page.indexOf('</script>', start));
  };
  const wasm = zlib.inflateSync(Buffer.from(grab('parallax-wasm').replace(/\s+/g, ''), 'base64'));
  // The glue is a classic script; without a window the app's start mounts nothing.
  const context = vm.createContext({ console, TextEncoder, TextDecoder, WebAssembly, URL, performance, Error, Uint8Array, FinalizationRegistry });
  vm.runInContext(grab('parallax-glue').replace(/<\\\/script/g, '</script'), context);
  context.module = new WebAssembly.Module(wasm);
  vm.runInContext('initSync({ module })', context);
  if (vm.runInContext('typeof parallax_bench_all_pairs', context) !== 'function') {
    throw new Error(`${html} is not a bench build (TRUNK_BUILD_FEATURES=bench cargo xtask dist)`);
  }
  return { html, html_bytes: fs.statSync(html).size, wasm_bytes: wasm.length, context, cpu: [], clock: [] };
}

const pages = (process.argv.length > 2 ? process.argv.slice(2) : [HTML]).map(load);
const runs = Number(process.env.RUNS || 5);
const texts = JSON.stringify(allPairsArticles());
for (const p of pages) p.context.texts = texts;
for (let r = 0; r < runs; r++) {
  for (const p of pages) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    p.count = vm.runInContext('parallax_bench_all_pairs(texts)', p.context);
    p.clock.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    p.cpu.push((cpu.user + cpu.system) / 1000);
  }
}
const round = (xs) => xs.map(Math.round);
const first = pages[0];
for (const p of pages) {
  p.summary = vm.runInContext("parallax_bench_merge_shares('[' + parallax_bench_all_pairs_share(texts, 0, 1) + ']')", p.context);
}
console.log(JSON.stringify({
  node: process.version,
  load_average: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  pages: pages.map((p) => ({
    html: p.html,
    html_bytes: p.html_bytes,
    wasm_bytes: p.wasm_bytes,
    pairs: p.count,
    summary: p.summary,
    same_as_first: p.summary === first.summary,
    cpu_ms_median: Math.round(median(p.cpu.slice(1))),
    cpu_ratio_to_first: +(median(p.cpu.slice(1)) / median(first.cpu.slice(1))).toFixed(3),
    cpu_ms: round(p.cpu),
    clock_ms_median: Math.round(median(p.clock.slice(1))),
    clock_ms: round(p.clock),
  })),
}, null, 2));
