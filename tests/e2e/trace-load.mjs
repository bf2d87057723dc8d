// Diagnosis (not a test, not a benchmark): a Chromium trace and CPU profile of the load of
// the 300-claims workspace (bench-panel.mjs's), then for each main-thread task over MIN ms
// (default 30): its duration, the trace events inside it (script, style, layout, paint) and
// the functions with the most inclusive time in it (ours and Yew's; a PARALLAX_WASM_NAMES=1
// build names the wasm functions).
// Run: cd tests/e2e && PARALLAX_HTML=$PWD/../../dist/parallax.html node trace-load.mjs
import { openApp, manyClaimsWorkspace } from './helpers.mjs';
import { stageFile } from './bench-common.mjs';

const MIN = Number(process.env.MIN || 30);
const CLAIMS = Number(process.env.CLAIMS || 300);
const ws = manyClaimsWorkspace(CLAIMS, [1, 0]);
const { browser, page } = await openApp();
try {
  // The file is made before the trace starts (as bench-panel.mjs does).
  await stageFile(page, JSON.stringify(ws), 'many.json');
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel,v8.execute,blink.user_timing', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(() => {
    const input = document.querySelector('#import-file');
    input.files = window.__files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForFunction((n) => !document.querySelector('#match-progress')
    && Number(document.querySelector('#span-overview')?.dataset.rows) === n, CLAIMS, { timeout: 120000 });
  await page.waitForTimeout(1500);
  const { profile } = await cdp.send('Profiler.stop');
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'Layout'));
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = on.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur > MIN * 1000).sort((a, b) => a.ts - b.ts);
  // Profile samples with their time stamps (µs, the trace's clock).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  let t = profile.startTime;
  const samples = profile.samples.map((id, i) => { t += profile.timeDeltas[i] || 0; return [t, id, (profile.timeDeltas[i + 1] || 0) / 1000]; });
  const name = (f) => (f.functionName || '(anon)').replace(/::h[0-9a-f]{16}$/, '').replace(/<impl [^>]*>/g, '').slice(0, 100);
  const first = tasks[0]?.ts ?? 0;
  for (const task of tasks) {
    const inside = on.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
    const sums = {};
    for (const e of inside) if (['FunctionCall', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'ParseHTML', 'MinorGC', 'MajorGC', 'v8.run', 'RunMicrotasks', 'HandlePostMessage', 'FireIdleCallback', 'BeginMainThreadFrame'].includes(e.name)) sums[e.name] = (sums[e.name] || 0) + e.dur / 1000;
    const incl = new Map();
    for (const [ts, id, ms] of samples) {
      if (ts < task.ts || ts > task.ts + task.dur) continue;
      const seen = new Set();
      for (let x = id; x !== undefined; x = parent.get(x)) { const n = name(byId.get(x).callFrame); if (!seen.has(n)) { seen.add(n); incl.set(n, (incl.get(n) || 0) + ms); } }
    }
    if (process.env.CHILDREN) {
      const kids = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur)).sort((a, b) => b.dur - a.dur).slice(0, 8);
      console.log('  children: ' + kids.map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)}`).join(', '));
    }
    console.log(`=== task at +${((task.ts - first) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms (thread ${task.tdur === undefined ? "?" : (task.tdur / 1000).toFixed(1)} ms)  ${Object.entries(sums).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    console.log([...incl].filter(([k]) => new RegExp(process.env.FILTER || 'parallax|yew::html|yew::functional|serde|gloo|__wbg_|Layout|\\(program\\)|\\(garbage').test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 25))
      .map(([k, v]) => `   ${v.toFixed(1).padStart(6)}  ${k}`).join('\n'));
  }
} finally {
  await browser.close();
}
