// Benchmark (not a test): the 100 x 50 all-pairs job of bench-matching.mjs in headless
// Chromium's page, timed by the CPU time of the page's main thread, for comparing bench builds
// on a loaded machine (bench-all-pairs-cpu.mjs does the same in Node's V8, whose engine is
// older than Chromium's and tiers wasm up differently).
// Run: cd tests/e2e && PARALLAX_HTML=A.html node bench-all-pairs-chromium.mjs A.html B.html ...
// (bench builds: `TRUNK_BUILD_FEATURES=bench cargo xtask dist`; helpers.mjs launches Chromium
// only when PARALLAX_HTML, or dist/parallax.html, exists). Every page is opened in its own browser
// context (its own renderer); RUNS rounds (default 6), each timing every page once in turn, so
// the pages share the load; the first round (tiering up) is left out of the medians.
// Per run: thread_ms, the main thread's CPU time (DevTools Performance.getMetrics ThreadTime);
// process_ms, the renderer's CPU time (ProcessTime, 10 ms steps: V8's background compiling and
// garbage collection threads are in it); clock_ms, performance.now() in the page.
// Each page's summary (pairs, flags, score sum) is printed: it must be the same.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './helpers.mjs';
import { allPairsArticles, median } from './bench-common.mjs';

const htmls = process.argv.slice(2);
if (htmls.length === 0) throw new Error('usage: node bench-all-pairs-chromium.mjs A.html B.html ...');
const runs = Number(process.env.RUNS || 6);
const texts = JSON.stringify(allPairsArticles());
const browser = await launchChromium();
try {
  const pages = [];
  for (const html of htmls) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(pathToFileURL(html).href);
    // The glue defines the function before the inlined wasm is instantiated: wait until a call
    // on no articles goes through.
    await page.waitForFunction(() => {
      try {
        parallax_bench_all_pairs('[]');
        return true;
      } catch {
        return false;
      }
    }, null, { timeout: 60000, polling: 200 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    pages.push({ html, page, cdp, thread: [], process: [], clock: [] });
  }
  const metrics = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  for (let r = 0; r < runs; r++) {
    for (const p of pages) {
      const m0 = await metrics(p.cdp);
      const { ms, n } = await p.page.evaluate((texts) => {
        const t0 = performance.now();
        const n = parallax_bench_all_pairs(texts);
        return { ms: performance.now() - t0, n };
      }, texts);
      const m1 = await metrics(p.cdp);
      p.thread.push((m1.ThreadTime - m0.ThreadTime) * 1000);
      p.process.push((m1.ProcessTime - m0.ProcessTime) * 1000);
      p.clock.push(ms);
      p.count = n;
    }
  }
  for (const p of pages) {
    p.summary = await p.page.evaluate((texts) => parallax_bench_merge_shares(`[${parallax_bench_all_pairs_share(texts, 0, 1)}]`), texts);
  }
  const round = (xs) => xs.map(Math.round);
  const mid = (xs) => median(xs.slice(1));
  const first = pages[0];
  console.log(JSON.stringify({
    chromium: browser.version(),
    load_average: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    pages: pages.map((p) => ({
      html: p.html,
      pairs: p.count,
      summary: p.summary,
      same_as_first: p.summary === first.summary,
      thread_ms_median: Math.round(mid(p.thread)),
      thread_ratio_to_first: +(mid(p.thread) / mid(first.thread)).toFixed(3),
      thread_ms: round(p.thread),
      process_ms_median: Math.round(mid(p.process)),
      process_ms: round(p.process),
      clock_ms_median: Math.round(mid(p.clock)),
      clock_ms: round(p.clock),
    })),
  }, null, 2));
} finally {
  await browser.close();
}
