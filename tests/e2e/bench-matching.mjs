// Benchmark (not a test): matching speed in the built page, in headless Chromium from file://.
// Run: cd tests/e2e && PARALLAX_HTML=/work/main/dist/parallax.html node bench-matching.mjs
// Prints JSON with the figures written in BENCHMARKS.md ("## Matching in the page").
//
// - samples: suggestions for the two sample articles with every non-empty line of the AFP
//   article labelled a claim (corpus build included), via the wasm export
//   parallax_bench_suggest, timed with performance.now() around the call.
// - all-pairs: 100 articles x 50 sentences (article 2k holds sentence a, article 2k+1 sentence
//   b of 50 pairs from /work/shared/eval/paraphrase-train.jsonl), parallax_bench_all_pairs,
//   in the page and in a classic Web Worker started the way the app starts its own; then
//   split over 2-4 workers (parallax_bench_all_pairs_share, one share of the article pairs
//   each, merged in the page by parallax_bench_merge_shares), checked against the single run.
// - app_path_import_to_results: the app's own matching path, from importing the 100
//   articles (every sentence of the first APP_ARTICLES, default 6, a claim) to the panel's
//   results, one worker (hardwareConcurrency 1) against two (2; APP_PATH=0 skips it).
// - samples_kept: the same workspace kept with the in-page matcher between calls, as the app
//   keeps them (parallax_bench_load, parallax_bench_suggest_kept: first call builds the
//   corpus); one span's suggestions alone (parallax_bench_suggest_span).
// - scoring_prepared: pairs/s of score_prepared on the development pairs, pre-normalised
//   (parallax_bench_prepare_pairs, then parallax_bench_score_prepared in passes for 2 s;
//   "unrelated": sentence a of pair i with sentence b of pair (7i + 13) mod n).
// - wasm_memory_bytes: WebAssembly.Memory buffer size of the page's instance (it only
//   grows) at the start, after the sample and scoring benchmarks, after all-pairs; in the
//   worker (a fresh instance holding nothing else) before and after each all-pairs run.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { openApp, SAMPLES, HTML, PAGE_URL } from './helpers.mjs';
import { allPairsArticles as articles, median } from './bench-common.mjs';

const RUNS = Number(process.env.RUNS || 5);

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

  // As the app does: the workspace and the in-page matcher kept between calls (the first
  // call builds the corpus), then one span's suggestions alone.
  const mem = () => page.evaluate(() => wasm.memory.buffer.byteLength);
  const memStart = await mem();
  const kept = await page.evaluate(({ ws, runs }) => {
    const load = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      parallax_bench_load(ws);
      load.push(performance.now() - t0);
    }
    const times = [];
    let count = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      count = parallax_bench_suggest_kept();
      times.push(performance.now() - t0);
    }
    const span = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      for (let i = 0; i < 29; i++) parallax_bench_suggest_span(i);
      span.push((performance.now() - t0) / 29);
    }
    return { times, count, span, load };
  }, { ws, runs: Math.max(RUNS, 5) });

  // Pair scoring alone on pre-normalised pairs (as examples/bench_matcher.rs natively):
  // the development pairs (paraphrase + claims), scored in passes for at least 2 s.
  const readPairs = (f) => fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((p) => [p.a, p.b]);
  const devPairs = [...readPairs('/work/shared/eval/paraphrase-train.jsonl'), ...readPairs('/work/shared/eval/claims-train.jsonl')];
  const scoring = await page.evaluate(({ pairs, runs }) => {
    const t0 = performance.now();
    const n = parallax_bench_prepare_pairs(pairs);
    const prepMs = performance.now() - t0;
    const rate = (offset) => {
      const out = [];
      for (let r = 0; r < runs; r++) {
        let k = 0;
        const t = performance.now();
        while (performance.now() - t < 2000) { parallax_bench_score_prepared(offset); k++; }
        out.push(k * n / ((performance.now() - t) / 1000));
      }
      return out;
    };
    return { n, prepMs, same: rate(0), unrelated: rate(13) };
  }, { pairs: JSON.stringify(devPairs), runs: 3 });
  const memAfterScoring = await mem();

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

  const memAfterAllPairs = await mem();
  const heap = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : null));
  const workerPairs = await page.evaluate(({ texts, runs }) => new Promise((resolve, reject) => {
    const boot = window.parallaxBoot;
    const js = boot.glue + `\nself.onmessage = function (e) {
      if (e.data.module) { initSync({ module: e.data.module }); return; }
      var m0 = wasm.memory.buffer.byteLength;
      var t0 = performance.now(); var n = parallax_bench_all_pairs(e.data.texts);
      self.postMessage({ n: n, ms: performance.now() - t0, mem: [m0, wasm.memory.buffer.byteLength] });
    };`;
    const w = new Worker(URL.createObjectURL(new Blob([js], { type: 'text/javascript' })));
    w.postMessage({ module: boot.module });
    const inner = [], outer = [], mem = [];
    let count = 0, t0 = 0;
    const next = () => { t0 = performance.now(); w.postMessage({ texts }); };
    w.onmessage = (e) => {
      outer.push(performance.now() - t0); inner.push(e.data.ms); count = e.data.n; mem.push(e.data.mem);
      if (outer.length < runs) next(); else { w.terminate(); resolve({ inner, outer, count, mem }); }
    };
    w.onerror = (e) => reject(new Error(e.message));
    next();
  }), { texts, runs: Math.min(RUNS, 3) });

  // The same job split over several Web Workers (navigator.hardwareConcurrency of them, 2 to
  // 4), each holding the whole corpus and computing one share of the article pairs
  // (parallax_bench_all_pairs_share: the pairs whose first article d has d % parts == part),
  // the page merging the shares (parallax_bench_merge_shares, which sums the merged list up
  // as examples/bench_all_pairs.rs prints it). Timed from posting the job to the merged
  // list, with the workers started and their wasm instantiated beforehand. The single run's
  // summary (one share of one part, merged) must be the same.
  // Pages built before these exports (older commits) skip this part.
  const canSplit = await page.evaluate(() => typeof parallax_bench_all_pairs_share === 'function');
  const single = canSplit ? await page.evaluate(({ texts }) => parallax_bench_merge_shares('[' + parallax_bench_all_pairs_share(texts, 0, 1) + ']'), { texts }) : '';
  const split = !canSplit ? { parts: 0, total: [], slowest: [], merge: [], summary: '' } : await page.evaluate(({ texts, runs }) => new Promise((resolve, reject) => {
    const boot = window.parallaxBoot;
    const parts = Math.min(4, Math.max(2, navigator.hardwareConcurrency || 2));
    const js = boot.glue + `\nself.onmessage = function (e) {
      if (e.data.module) { initSync({ module: e.data.module }); self.postMessage({ ready: true }); return; }
      var t0 = performance.now(); var out = parallax_bench_all_pairs_share(e.data.texts, e.data.part, e.data.parts);
      self.postMessage({ out: out, ms: performance.now() - t0, part: e.data.part });
    };`;
    const url = URL.createObjectURL(new Blob([js], { type: 'text/javascript' }));
    const workers = [];
    const total = [], slowest = [], merge = [];
    let ready = 0, summary = '';
    let t0 = 0, got = [], ms = [];
    const next = () => {
      got = new Array(parts); ms = [];
      t0 = performance.now();
      workers.forEach((w, part) => w.postMessage({ texts, part, parts }));
    };
    const onmessage = (e) => {
      if (e.data.ready) { if (++ready === parts) next(); return; }
      got[e.data.part] = e.data.out; ms.push(e.data.ms);
      if (ms.length < parts) return;
      const t1 = performance.now();
      summary = parallax_bench_merge_shares('[' + got.join(',') + ']');
      const t2 = performance.now();
      total.push(t2 - t0); merge.push(t2 - t1); slowest.push(Math.max(...ms));
      if (total.length < runs) next(); else { workers.forEach((w) => w.terminate()); resolve({ parts, total, slowest, merge, summary }); }
    };
    for (let k = 0; k < parts; k++) {
      const w = new Worker(url);
      w.onmessage = onmessage;
      w.onerror = (e) => reject(new Error(e.message));
      w.postMessage({ module: boot.module });
      workers.push(w);
    }
  }), { texts, runs: Math.min(RUNS, 3) });

  // The app's own path (what a user does): the 100 articles imported as a workspace with
  // every sentence of the first APP_ARTICLES labelled a claim, timed from the import to the
  // suggestions panel's results (no bar left), with navigator.hardwareConcurrency forced to
  // 1 (one worker) and to 2 (split over two workers above SPLIT_PAIRS), each in a fresh page.
  const appPath = {};
  const appArticles = Number(process.env.APP_ARTICLES || 6);
  if (process.env.APP_PATH !== '0') {
    const cps = (t) => Array.from(t).length;
    const docs = articles().map((text, i) => ({ id: `d${i + 1}`, title: `A${i + 1}`, source: `a${i + 1}.txt`, text }));
    const spans = [];
    for (const d of docs.slice(0, appArticles)) {
      let at = 0;
      for (const line of d.text.split('\n')) {
        spans.push({ id: `s${spans.length + 1}`, doc: d.id, start: at, end: at + cps(line), label: 'claim' });
        at += cps(line) + 1;
      }
    }
    const buffer = Buffer.from(JSON.stringify({ format: 'parallax', version: 1, documents: docs, spans }));
    for (const cores of [1, 2]) {
      const times = [];
      let engine = '';
      for (let r = 0; r < Math.min(RUNS, 3); r++) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        await context.addInitScript((n) => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n }), cores);
        const p = await context.newPage();
        await p.goto(PAGE_URL);
        await p.waitForSelector('#import-file', { state: 'attached', timeout: 20000 });
        const t0 = Date.now();
        await p.setInputFiles('#import-file', [{ name: 'bench.json', mimeType: 'application/json', buffer }]);
        await p.waitForFunction((n) => {
          const s = document.querySelector('#suggestions');
          return s && s.dataset.engine && s.dataset.engine !== 'page' && !document.querySelector('#match-progress')
            && Number(document.querySelector('#span-overview')?.dataset.rows) === n;
        }, spans.length, { timeout: 180000, polling: 20 });
        times.push(Date.now() - t0);
        engine = await p.getAttribute('#suggestions', 'data-engine');
        await context.close();
      }
      appPath[`cores_${cores}`] = { engine, ms_median: median(times), ms: times };
    }
    appPath.spans = spans.length;
  }

  // The cold figure again, now that the wasm has run for a while (compiled by the optimising tier).
  const coldAgain = await page.evaluate(({ ws, runs }) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      parallax_bench_suggest(ws);
      times.push(performance.now() - t0);
    }
    return times;
  }, { ws, runs: RUNS });
  const html = fs.readFileSync(HTML, 'utf8');
  // The wasm travels zlib-compressed as base64 (<script id="parallax-wasm" data-encoding="deflate">).
  const at = html.indexOf('id="parallax-wasm"');
  const packed = at < 0 ? Buffer.alloc(0) : Buffer.from(html.slice(html.indexOf('>', at) + 1, html.indexOf('</script>', at)).replace(/\s+/g, ''), 'base64');
  const wasmBytes = packed.length ? zlib.inflateSync(packed).length : 0;
  console.log(JSON.stringify({
    samples: { spans, suggestions: samples.count, ms_first: samples.times[0], ms_median: median(samples.times), ms_median_at_the_end: median(coldAgain) },
    samples_kept: {
      suggestions: kept.count,
      first_call_ms: kept.times[0],
      later_calls_ms_median: median(kept.times.slice(1)),
      one_span_ms_median: median(kept.span),
      parse_workspace_json_ms_median: median(kept.load),
    },
    scoring_prepared: {
      pairs: scoring.n,
      prepare_ms: scoring.prepMs,
      dev_pairs_per_s_median: median(scoring.same),
      dev_pairs_per_s: scoring.same,
      unrelated_pairs_per_s_median: median(scoring.unrelated),
      unrelated_pairs_per_s: scoring.unrelated,
    },
    wasm_memory_bytes: { start: memStart, after_samples_and_scoring: memAfterScoring, after_all_pairs: memAfterAllPairs },
    js_heap_used_bytes: heap,
    all_pairs_100x50: {
      pairs: pagePairs.count,
      page_ms_median: median(pagePairs.times),
      worker_ms_median: median(workerPairs.inner),
      worker_round_trip_ms_median: median(workerPairs.outer),
      worker_wasm_memory_bytes_before_after_each_run: workerPairs.mem,
      split_workers: split.parts,
      split_ms_median: median(split.total),
      split_ms: split.total,
      split_slowest_worker_ms_median: median(split.slowest),
      split_merge_ms_median: median(split.merge),
      split_summary: split.summary,
      single_summary: single,
      split_same_as_single: split.summary === single && single !== '',
    },
    app_path_import_to_results: appPath,
    wasm_bytes: wasmBytes,
    wasm_bytes_compressed: packed.length,
    user_agent: await page.evaluate(() => navigator.userAgent),
    requests,
  }, null, 2));
} finally {
  await browser.close();
}
