// Benchmark (not a test): a 4.4 MB article in ONE paragraph (case long-single-paragraph),
// in the built page, headless Chromium, file://.
// Run: cd tests/e2e && PARALLAX_HTML=$PWD/../../dist/parallax.html RUNS=9 node bench-long-paragraph.mjs
// Prints JSON with the figures written in BENCHMARKS.md ("## A 4.4 MB single paragraph").
//
// The article: a title line, a blank line, then the sample articles' sentences repeated
// (round k > 0 marked " (k)") with single spaces and no line break, up to MB megabytes
// (default 4.4, under the 5 MB article limit). It is loaded through #file-input as a .txt,
// the way a user opens it. Then RUNS times, spread from the middle to the end of the
// paragraph: select a sentence with a DOM Range, dispatch keydown "1", and record with
// performance.now() when the new mark is in the DOM and the next animation frame after it;
// a MutationObserver counts the rendering chunks (span.para-chunk) whose subtree changed;
// a PerformanceObserver counts long tasks (> 50 ms) from the key to 1 s after it (autosave
// included). Then the same for Ctrl+Z (undo of the last span).
// PROFILE=1: one CPU profile of the whole run (load included); PROFILE_EACH=1 SETTLE=0: a
// profile of each label's key to its frame alone (PROFILE_DIR=dir keeps them); TRACE=1: each
// label's key-to-frame split into script, style, layout and paint.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { openApp, SEL } from './page.mjs';
import { median, samplePool, varied, watchLongTasks, startProfile, stopProfile, profileEach, startTrace, endTrace } from './bench-common.mjs';

const RUNS = Number(process.env.RUNS || 9);
const MB = Number(process.env.MB || 4.4);
// How long after each key's frame long tasks are still counted (ms). PROFILE_EACH=1 SETTLE=0
// profiles each key to its frame alone (self and inclusive times on stderr).
const SETTLE = Number(process.env.SETTLE ?? 1000);

const pool = samplePool();
const parts = ['One long paragraph', '', ''];
let size = parts.join('\n').length;
const target = MB * 1e6;
const picked = [];
for (let j = 0; size < target; j++) {
  const s = varied(pool, j);
  parts.push(s + ' ');
  size += Buffer.byteLength(s + ' ');
}
const text = parts[0] + '\n\n' + parts.slice(3).join('').trimEnd() + '\n';
// Sentences to label: unique ones (with a round marker) from the middle to the end.
const body = parts.slice(3);
for (let i = 0; i < RUNS; i++) {
  const idx = Math.floor(body.length * (0.5 + 0.49 * (i / Math.max(1, RUNS - 1))));
  let j = idx;
  while (!/\(\d+\)[.!?]/.test(body[j])) j++;
  picked.push(body[j].trim());
}
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-long-')), 'long-paragraph.txt');
fs.writeFileSync(file, text);

const { browser, page, problems } = await openApp();
try {
  await watchLongTasks(page, { buffered: true });
  // PROFILE=1: where the time goes (build with PARALLAX_WASM_NAMES=1 cargo xtask dist).
  const cdp = await startProfile(page, 1000);
  const t0 = Date.now();
  await page.setInputFiles(SEL.fileInput, file);
  await page.waitForSelector('section.article [data-start]', { timeout: 300000 });
  const loadMs = Date.now() - t0;
  await page.waitForTimeout(3000);
  const shown = await page.evaluate(() => ({
    chunks: document.querySelectorAll('span.para-chunk').length,
    paragraphs: document.querySelectorAll('p.para').length,
  }));

  const each = await profileEach(page);
  // TRACE=1: a Chromium trace of the labels; each key-to-frame window split into the main
  // thread's script, style, layout and paint (splitTrace in bench-common.mjs).
  const tracer = await startTrace(page);
  // With PROFILE_EACH the sentence is selected in a task of its own, then the profile
  // starts, then the key is sent: the profile holds the key's work only (and the page's
  // answer to the selection change is out of the measured window).
  const measure = async (key, needle) => {
    if (!each || key !== '1') return measureOne(key, needle, 'all');
    const prep = await measureOne(key, needle, 'prep');
    if (prep?.error) return prep;
    await page.waitForTimeout(100);
    await each.start();
    const r = await measureOne(key, null, 'key');
    await each.stop(`label-${label.length}`);
    return r;
  };
  const measureOne = (key, needle, phase) => page.evaluate(({ key, needle, SETTLE, phase }) => new Promise((resolve) => {
    const bodyEl = document.querySelector('section.article .article-body');
    if (needle) {
      // Find the sentence's text node(s) by searching the leaves (code unit offsets).
      const leaves = [...bodyEl.querySelectorAll('span[data-start]')];
      let node = null, at = -1;
      for (const l of leaves) { const i = l.textContent.indexOf(needle); if (i >= 0) { node = l.firstChild; at = i; break; } }
      if (!node) { resolve({ error: `not found: ${needle.slice(0, 40)}` }); return; }
      node.parentElement.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + needle.length);
      const sel = window.getSelection();
      sel.removeAllRanges(); sel.addRange(range);
      if (phase === 'prep') { resolve(null); return; }
    }
    const before = document.querySelectorAll('mark.span-mark').length;
    const touched = new Set();
    let tDom = null;
    let t0 = 0;
    const mo = new MutationObserver((muts) => {
      for (const m of muts) {
        const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
        const c = el && el.closest('span.para-chunk, p.para');
        if (c) touched.add(c);
      }
      if (tDom === null && document.querySelectorAll('mark.span-mark').length !== before) {
        tDom = performance.now() - t0;
        requestAnimationFrame(() => {
          const tFrame = performance.now() - t0;
          if (key === '1') performance.mark('frame');
          setTimeout(() => {
            mo.disconnect();
            const long = window.__long.filter(([s]) => s >= t0 - 1);
            resolve({ tDom, tFrame, chunks: touched.size, longTasks: long.length, longest: Math.max(0, ...long.map((x) => x[1])) });
          }, SETTLE);
        });
      }
    });
    mo.observe(bodyEl, { subtree: true, childList: true, attributes: true, characterData: true });
    if (key === '1') performance.mark('key');
    t0 = performance.now();
    const ctrl = key === 'z';
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: ctrl, bubbles: true, cancelable: true }));
  }), { key, needle, SETTLE, phase });

  const label = [];
  for (const needle of picked) { label.push(await measure('1', needle)); await page.waitForTimeout(500); }
  const trace = await endTrace(tracer);
  const undo = [];
  for (let i = 0; i < Math.min(3, RUNS); i++) { undo.push(await measure('z', null)); await page.waitForTimeout(500); }
  await stopProfile(cdp, 30);
  if (each) each.print(40);
  const sum = (rs) => ({
    median_key_to_dom_ms: median(rs.map((r) => r.tDom)), max_key_to_dom_ms: Math.max(...rs.map((r) => r.tDom)),
    median_key_to_frame_ms: median(rs.map((r) => r.tFrame)), max_key_to_frame_ms: Math.max(...rs.map((r) => r.tFrame)),
    chunks_changed_max: Math.max(...rs.map((r) => r.chunks)),
    long_tasks_total: rs.reduce((a, r) => a + r.longTasks, 0), longest_task_ms: Math.max(...rs.map((r) => r.longest)),
  });
  const bad = [...label, ...undo].filter((r) => r.error);
  console.log(JSON.stringify({
    article: { bytes: Buffer.byteLength(text), paragraphs_in_text: 2, ...shown },
    load_ms: loadMs,
    label: bad.length ? bad : sum(label),
    undo: bad.length ? null : sum(undo),
    trace,
    each_label: label.map((r) => [+r.tDom?.toFixed(1), +r.tFrame?.toFixed(1), r.chunks, r.longTasks, +r.longest?.toFixed(0)]),
    user_agent: await page.evaluate(() => navigator.userAgent),
    problems,
  }, null, 2));
} finally {
  await browser.close();
}
