// Benchmark (not a test): matching speed in the built page, in headless Chromium from file://.
// Run: cd tests/e2e && PARALLAX_HTML=/work/main/dist/parallax.html node bench-matching.mjs
// Prints JSON with the figures written in BENCHMARKS.md ("## Matching in the page").
//
// - samples: suggestions for the two sample articles with every non-empty line of the AFP
//   article labelled a claim (corpus build included), via the wasm export
//   parallax_bench_suggest, timed with performance.now() around the call.
// - all-pairs: 100 articles x 50 sentences (article 2k holds sentence a, article 2k+1 sentence
//   b of 50 pairs from /work/shared/eval/paraphrase-train.jsonl), parallax_bench_all_pairs,
//   in the page and in a classic Web Worker started the way the app starts its own.
import fs from 'node:fs';
import { openApp, SAMPLES, HTML } from './helpers.mjs';

const RUNS = Number(process.env.RUNS || 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function samplesWorkspace() {
  const docs = SAMPLES.map((f, i) => ({ id: `d${i + 1}`, title: f, source: f, text: fs.readFileSync(f, 'utf8') }));
  const spans = [];
  let n = 10;
  const chars = Array.from(docs[0].text);
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || chars[i] === '\n') {
      if (i > start && chars.slice(start, i).join('').trim()) spans.push({ id: `s${n++}`, doc: 'd1', start, end: i, label: 'claim' });
      start = i + 1;
    }
  }
  return { documents: docs, spans, links: [], relations: [], rejections: [], next_id: n };
}

function articles() {
  const lines = fs.readFileSync('/work/shared/eval/paraphrase-train.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const out = [];
  for (let k = 0; k < 50; k++) {
    const pairs = lines.slice(k * 50, k * 50 + 50);
    out.push(pairs.map((p) => p.a).join('\n'));
    out.push([...pairs].reverse().map((p) => p.b).join('\n'));
  }
  return out;
}

const { browser, page, requests } = await openApp();
try {
  await page.waitForFunction(() => typeof parallax_bench_suggest === 'function' && window.parallaxBoot, null, { timeout: 20000 });
  const ws = JSON.stringify(samplesWorkspace());
  const samples = await page.evaluate(({ ws, runs }) => {
    const times = [];
    let count = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      count = parallax_bench_suggest(ws);
      times.push(performance.now() - t0);
    }
    return { times, count };
  }, { ws, runs: RUNS });
  const spans = JSON.parse(ws).spans.length;

  const texts = JSON.stringify(articles());
  const pagePairs = await page.evaluate(({ texts, runs }) => {
    const times = [];
    let count = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      count = parallax_bench_all_pairs(texts);
      times.push(performance.now() - t0);
    }
    return { times, count };
  }, { texts, runs: Math.min(RUNS, 3) });

  const workerPairs = await page.evaluate(({ texts, runs }) => new Promise((resolve, reject) => {
    const boot = window.parallaxBoot;
    const js = boot.glue + `\nself.onmessage = function (e) {
      if (e.data.module) { initSync({ module: e.data.module }); return; }
      var t0 = performance.now(); var n = parallax_bench_all_pairs(e.data.texts);
      self.postMessage({ n: n, ms: performance.now() - t0 });
    };`;
    const w = new Worker(URL.createObjectURL(new Blob([js], { type: 'text/javascript' })));
    w.postMessage({ module: boot.module });
    const inner = [], outer = [];
    let count = 0, t0 = 0;
    const next = () => { t0 = performance.now(); w.postMessage({ texts }); };
    w.onmessage = (e) => {
      outer.push(performance.now() - t0); inner.push(e.data.ms); count = e.data.n;
      if (outer.length < runs) next(); else { w.terminate(); resolve({ inner, outer, count }); }
    };
    w.onerror = (e) => reject(new Error(e.message));
    next();
  }), { texts, runs: Math.min(RUNS, 3) });

  const html = fs.readFileSync(HTML, 'utf8');
  const at = html.indexOf('id="parallax-wasm">');
  const wasmB64 = at < 0 ? 0 : html.slice(at, html.indexOf('</script>', at)).split('>')[1].replace(/\s+/g, '').length;
  console.log(JSON.stringify({
    samples: { spans, suggestions: samples.count, ms_first: samples.times[0], ms_median: median(samples.times) },
    all_pairs_100x50: {
      pairs: pagePairs.count,
      page_ms_median: median(pagePairs.times),
      worker_ms_median: median(workerPairs.inner),
      worker_round_trip_ms_median: median(workerPairs.outer),
    },
    wasm_bytes: Math.floor(wasmB64 * 3 / 4),
    user_agent: await page.evaluate(() => navigator.userAgent),
    requests,
  }, null, 2));
} finally {
  await browser.close();
}
