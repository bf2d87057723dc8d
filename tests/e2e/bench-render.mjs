// Benchmark (not a test): how fast a long article takes a new span, in the built page, in
// headless Chromium from file://.
// Run: cd tests/e2e && PARALLAX_HTML=/work/main/dist/parallax.html RUNS=15 node bench-render.mjs
// Prints JSON with the figures written in BENCHMARKS.md ("## Rendering a long article").
//
// The article: every sentence of the two sample articles, repeated in rounds (each
// sentence of round k > 0 gets " (k)" before its final stop, so texts differ), two
// sentences a paragraph, until it holds 20,000 words (458 paragraphs). It is imported
// through #import-file as a Parallax workspace together with the LA Times sample (so the
// matcher has another article to look at) with 1,000 spans: two paragraphs in three (from
// the top, until there are 1,000) get a claim or quote span on each sentence, an
// attribution span over the first three words of the first one and a context span over the
// last three words of the second (nested marks); every third paragraph stays free for the
// benchmark.
//
// Each run selects the first sentence of a free paragraph (a DOM Range, as a mouse
// selection leaves it; nothing selected before), dispatches keydown "1" on the body and
// records, with performance.now() in the page: when the new mark is in the DOM (a
// MutationObserver), and the next animation frame after that (the change can be painted).
// A MutationObserver on the article body also counts the distinct paragraphs (p.para)
// whose subtree changed. Runs are spread over the article and 1.5 s apart (autosave and
// the worker's matching settle in between; both are included if they block the frame).
import fs from 'node:fs';
import { openApp, SAMPLES, SEL } from './page.mjs';
import { median, samplePool, varied, watchLongTasks, startTrace, endTrace } from './bench-common.mjs';

const RUNS = Number(process.env.RUNS || 15);
const WORDS = Number(process.env.WORDS || 20000);
const SPANS = 1000;
// How long each run waits after the frame before the next (its long tasks are counted until then).
const SETTLE = Number(process.env.SETTLE ?? 300);
const cps = (s) => Array.from(s).length;

function article() {
  const pool = samplePool();
  const paras = [];
  let words = 0;
  for (let i = 0; words < WORDS; i += 2) {
    const p = [varied(pool, i), varied(pool, i + 1)];
    words += p.join(' ').split(/\s+/).length;
    paras.push(p);
  }
  return { paras, words };
}

function workspace() {
  const { paras, words } = article();
  let text = '';
  const spans = [];
  let n = 1;
  const sentencesAt = []; // per paragraph: [start, end] of its first sentence (code points)
  paras.forEach((p, pi) => {
    if (pi > 0) text += '\n\n';
    const base = cps(text);
    const s0 = base;
    const e0 = s0 + cps(p[0]);
    const s1 = e0 + 1;
    const e1 = s1 + cps(p[1]);
    text += p[0] + ' ' + p[1];
    sentencesAt.push([s0, e0]);
    // Spread the labelled paragraphs: labelled unless pi % 3 == 2 (free), until 1,000 spans.
    if (pi % 3 !== 2 && spans.length < SPANS) {
      spans.push({ id: `s${n++}`, doc: 'd1', start: s0, end: e0, label: pi % 2 ? 'quote' : 'claim' });
      if (spans.length < SPANS) spans.push({ id: `s${n++}`, doc: 'd1', start: s1, end: e1, label: 'claim' });
      const three = p[0].split(' ').slice(0, 3).join(' ');
      if (spans.length < SPANS) spans.push({ id: `s${n++}`, doc: 'd1', start: s0, end: s0 + cps(three), label: 'attribution' });
      const last = p[1].split(' ').slice(-3).join(' ');
      if (spans.length < SPANS) spans.push({ id: `s${n++}`, doc: 'd1', start: e1 - cps(last), end: e1, label: 'context' });
    }
  });
  const free = sentencesAt.map((r, pi) => ({ pi, r })).filter(({ pi, r }) => !spans.some((s) => s.start <= r[0] && r[0] < s.end) && pi % 3 === 2);
  const lat = fs.readFileSync(SAMPLES[1], 'utf8');
  const ws = {
    format: 'parallax', version: 1,
    documents: [
      { id: 'd1', title: 'Long article', source: 'long.txt', text },
      { id: 'd2', title: 'LA Times', source: 'latimes.txt', text: lat },
    ],
    spans,
  };
  return { ws, words, paragraphs: paras.length, free, text };
}

const { ws, words, paragraphs, free } = workspace();
const { browser, page, problems } = await openApp();
try {
  const t0 = Date.now();
  await page.setInputFiles(SEL.importFile, [{ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ws)) }]);
  await page.waitForFunction((n) => document.querySelectorAll('mark.span-mark.first').length >= n, ws.spans.length, { timeout: 60000 });
  const importMs = Date.now() - t0;
  await page.waitForTimeout(2000);
  const shown = await page.evaluate(() => ({
    paras: document.querySelectorAll('section.article:first-of-type p.para').length,
    marks: document.querySelectorAll('mark.span-mark.first').length,
  }));

  if (process.env.EXPERIMENT) await page.evaluate(process.env.EXPERIMENT);
  // Long tasks (> 50 ms), counted per run from the key to 300 ms after the frame.
  await watchLongTasks(page);
  const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
  // TRACE=1: a Chromium trace of the runs; each key-to-frame window (user timing marks
  // "key" and "frame") is split into the main thread's script, style, layout and paint.
  const tracer = await startTrace(page);
  // PROFILE=1: a CPU profile of each run alone (key to frame, then SETTLE ms), self time summed.
  const self = new Map();
  if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); }
  const incl = new Map();
  const addProfile = (profile) => {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas;
    // Inclusive time: each sample counts once for every distinct function on its stack.
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
    profile.samples.forEach((id, i) => {
      const seen = new Set();
      for (let x = id; x !== undefined; x = parent.get(x)) {
        const f = byId.get(x).callFrame;
        const k = (f.functionName || '(anonymous)').replace(/::h[0-9a-f]{16}$/, '').slice(0, 140);
        if (seen.has(k)) continue;
        seen.add(k);
        incl.set(k, (incl.get(k) || 0) + (dt[i] || 0) / 1000);
      }
    });
    profile.samples.forEach((id, i) => {
      const f = byId.get(id).callFrame;
      const k = `${f.functionName || '(anonymous)'} ${f.url ? f.url.slice(-30) : ''}`;
      self.set(k, (self.get(k) || 0) + (dt[i] || 0) / 1000);
    });
  };
  const results = [];
  const picks = [];
  for (let i = 0; i < RUNS; i++) picks.push(free[Math.floor((i + 0.5) * free.length / RUNS)]);
  for (const pick of picks) {
    if (cdp) await cdp.send('Profiler.start');
    const r = await page.evaluate(({ start, end, SETTLE }) => new Promise((resolve) => {
      const body = document.querySelector('section.article .article-body');
      // Locate code point offsets in the leaf pieces (data-start = code point offset).
      const at = (cp) => {
        const leaves = [...body.querySelectorAll('span[data-start]')];
        let best = null;
        for (const l of leaves) if (Number(l.dataset.start) <= cp) best = l; else break;
        const node = best.firstChild;
        let off = 0, c = Number(best.dataset.start);
        const s = node.data;
        while (c < cp && off < s.length) { off += s.codePointAt(off) > 0xffff ? 2 : 1; c++; }
        return [node, off];
      };
      const [n0, o0] = at(start);
      const [n1, o1] = at(end);
      n0.parentElement.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n0, o0); range.setEnd(n1, o1);
      const sel = window.getSelection();
      sel.removeAllRanges(); sel.addRange(range);
      const before = document.querySelectorAll('mark.span-mark').length;
      const touched = new Set();
      let tDom = null;
      let t0 = 0;
      const mo = new MutationObserver((muts) => {
        for (const m of muts) {
          const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
          const p = el && el.closest('p.para');
          if (p) touched.add(p);
          else for (const a of [...m.addedNodes, ...m.removedNodes]) if (a.nodeType === 1 && a.matches('p.para')) touched.add(a);
        }
        if (tDom === null && document.querySelectorAll('mark.span-mark').length > before) {
          tDom = performance.now() - t0;
          requestAnimationFrame(() => {
            const tFrame = performance.now() - t0;
            performance.mark('frame');
            // Let the rest of this change's mutations (if any) arrive before counting.
            setTimeout(() => {
              mo.disconnect();
              const long = window.__long.filter(([s0]) => s0 >= t0 - 1);
              resolve({ tDom, tFrame, paragraphs: touched.size, longTasks: long.length, longest: Math.max(0, ...long.map((x) => x[1])) });
            }, SETTLE);
          });
        }
      });
      mo.observe(body, { subtree: true, childList: true, attributes: true, characterData: true });
      performance.mark('key');
      t0 = performance.now();
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }));
    }), { start: pick.r[0], end: pick.r[1], SETTLE });
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      addProfile(profile);
      if (process.env.PROFILE_DIR) fs.writeFileSync(`${process.env.PROFILE_DIR}/run-${results.length}.cpuprofile`, JSON.stringify(profile));
    }
    results.push({ para: pick.pi, ...r });
    await page.waitForTimeout(1500);
  }
  if (cdp) {
    console.error([...self].filter(([k]) => !/\(idle\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`).join('\n'));
    console.error('--- inclusive, our code and Yew ---');
    console.error([...incl].filter(([k]) => /parallax|yew|__wbg|gloo/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 60)
      .map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`).join('\n'));
    console.error('--- inclusive, per component ---');
    console.error([...incl].filter(([k]) => /FunctionProvider>::run$|::view$|::derive$|::buckets$|::reduce/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`).join('\n'));
  }
  const trace = await endTrace(tracer);
  const after = await page.evaluate(() => document.querySelectorAll('mark.span-mark.first').length);
  console.log(JSON.stringify({
    article: { words, paragraphs, shown_paragraphs: shown.paras, spans: ws.spans.length, marks_shown: shown.marks, characters: cps(ws.documents[0].text) },
    import_ms: importMs,
    runs: results.length,
    new_spans_shown: after - shown.marks,
    key_to_mark_in_dom_ms: { median: median(results.map((r) => r.tDom)), max: Math.max(...results.map((r) => r.tDom)) },
    key_to_next_frame_ms: { median: median(results.map((r) => r.tFrame)), max: Math.max(...results.map((r) => r.tFrame)) },
    long_tasks: { total: results.reduce((a, r) => a + r.longTasks, 0), longest_ms: Math.max(...results.map((r) => r.longest)) },
    paragraphs_changed: { median: median(results.map((r) => r.paragraphs)), max: Math.max(...results.map((r) => r.paragraphs)) },
    trace_median_ms_per_key: trace,
    each: results.map((r) => [r.para, +r.tDom.toFixed(1), +r.tFrame.toFixed(1), r.paragraphs]),
    user_agent: await page.evaluate(() => navigator.userAgent),
    problems,
  }, null, 2));
} finally {
  await browser.close();
}
