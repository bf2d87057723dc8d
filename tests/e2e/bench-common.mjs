// What the rendering benchmarks (bench-render.mjs, bench-long-paragraph.mjs) share: the
// sample articles cut into sentences and repeated in marked rounds, the median, the page's
// long-task log (window.__long) and the optional CPU profile (PROFILE=1).
import fs from 'node:fs';
import { SAMPLES } from './page.mjs';

/** The middle value of `xs` (the upper one of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The sentences (4 words or more) of the lines of 6 words or more of `text`. */
export function sentences(text) {
  return text.split('\n').map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 6)
    .flatMap((l) => l.match(/[^.!?]+[.!?]+["”’]?\s*|[^.!?]+$/g) || [])
    .map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 4);
}

/** Every sentence of the two sample articles, in order. */
export const samplePool = () => SAMPLES.flatMap((f) => sentences(fs.readFileSync(f, 'utf8')));

/** Sentence `j` of the pool repeated in rounds: round k > 0 gets " (k)" before its final
 *  stop, so the texts differ. */
export function varied(pool, j) {
  const s = pool[j % pool.length];
  const k = Math.floor(j / pool.length);
  return k === 0 ? s : s.replace(/([.!?]["”’]?)$/, ` (${k})$1`);
}

/** The all-pairs benchmark's 100 articles of 50 sentences: article 2k holds sentence a,
 *  article 2k+1 sentence b (in reverse order) of 50 pairs of
 *  /work/shared/eval/paraphrase-train.jsonl. */
export function allPairsArticles() {
  const lines = fs.readFileSync('/work/shared/eval/paraphrase-train.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const out = [];
  for (let k = 0; k < 50; k++) {
    const pairs = lines.slice(k * 50, k * 50 + 50);
    out.push(pairs.map((p) => p.a).join('\n'));
    out.push([...pairs].reverse().map((p) => p.b).join('\n'));
  }
  return out;
}

/** Log the page's long tasks (> 50 ms) as [start, duration] in window.__long. */
export function watchLongTasks(page, { buffered = false } = {}) {
  return page.evaluate((buffered) => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); })
      .observe(buffered ? { type: 'longtask', buffered: true } : { type: 'longtask' });
  }, buffered);
}

/** With PROFILE=1, start sampling the page's CPU every `interval` µs; returns the CDP
 *  session to give to stopProfile (null without PROFILE). */
export async function startProfile(page, interval) {
  if (!process.env.PROFILE) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval });
  await cdp.send('Profiler.start');
  return cdp;
}

/** Stop the profile and print the `top` functions by self time on stderr. */
export async function stopProfile(cdp, top) {
  if (!cdp) return;
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const k = `${f.functionName || '(anonymous)'} ${f.url ? f.url.slice(-30) : ''}`;
    self.set(k, (self.get(k) || 0) + (profile.timeDeltas[i] || 0) / 1000);
  });
  console.error([...self].filter(([k]) => !/\(idle\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`).join('\n'));
}

/** Make `name` (a file of `text`) in the page as a picked file, held in `window.__files`,
 *  before a measurement starts, and let the page settle; then hand it to a file input as
 *  the picker does (`files` set, a change event). Playwright's `setInputFiles` would decode
 *  its payload in the page inside the measured window (bench-panel.mjs, trace-load.mjs). */
export async function stageFile(page, text, name) {
  await page.evaluate(([text, name]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/json' }));
    window.__files = dt.files;
  }, [text, name]);
  await page.waitForTimeout(500);
}


/** With PROFILE_EACH=1: CPU profiles of single measured windows (start/stop around each;
 *  with PROFILE_DIR, each written there as `<name>.cpuprofile` for Chromium's DevTools),
 *  summed as self time and as inclusive time (each sample counted once for every distinct
 *  function on its stack); `print(top)` writes both on stderr. */
export async function profileEach(page) {
  if (!process.env.PROFILE_EACH) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const self = new Map();
  const incl = new Map();
  const add = (profile) => {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const ms = (dt[i] || 0) / 1000;
      const f = byId.get(id).callFrame;
      const k = `${f.functionName || '(anonymous)'} ${f.url ? f.url.slice(-30) : ''}`;
      self.set(k, (self.get(k) || 0) + ms);
      const seen = new Set();
      for (let x = id; x !== undefined; x = parent.get(x)) {
        const g = byId.get(x).callFrame;
        const name = (g.functionName || '(anonymous)').replace(/::h[0-9a-f]{16}$/, '').slice(0, 140);
        if (seen.has(name)) continue;
        seen.add(name);
        incl.set(name, (incl.get(name) || 0) + ms);
      }
    });
  };
  const fmt = (m, top, keep = () => true) => [...m].filter(([k]) => !/\(idle\)/.test(k) && keep(k))
    .sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
  return {
    start: () => cdp.send('Profiler.start'),
    stop: async (name) => {
      const { profile } = await cdp.send('Profiler.stop');
      add(profile);
      if (process.env.PROFILE_DIR && name) fs.writeFileSync(`${process.env.PROFILE_DIR}/${name}.cpuprofile`, JSON.stringify(profile));
    },
    print: (top) => {
      console.error('--- self ---\n' + fmt(self, top));
      console.error('--- inclusive, our code and Yew ---\n' + fmt(incl, 2 * top, (k) => /parallax|yew|__wbg|gloo|js_sys|web_sys/.test(k)));
    },
  };
}

/** With TRACE=1 in the environment: a Chromium trace of `page` from now on (null
 *  otherwise); `endTrace` stops it and splits it with `splitTrace`. */
export async function startTrace(page) {
  if (!process.env.TRACE) return null;
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' });
  return { cdp, events };
}

/** Stop a trace from `startTrace` and split it per key-to-frame window (null for none). */
export async function endTrace(trace) {
  if (!trace) return null;
  const done = new Promise((r) => trace.cdp.once('Tracing.tracingComplete', r));
  await trace.cdp.send('Tracing.end');
  await done;
  return splitTrace(trace.events);
}

/** Per key-to-frame window (marks "key" .. "frame", extended to the end of that frame's
 *  Layerize, the main thread's last step before the compositor draws), the main thread's time by kind, ms:
 *  script (self, without the style/layout it forces), style, layout, paint (pre-paint,
 *  paint, layerize, commit); medians over the windows. */
export function splitTrace(events) {
  const marks = (n) => events.filter((e) => e.name === n && e.cat.includes('user_timing')).map((e) => e.ts).sort((a, b) => a - b);
  const keys = marks('key');
  const frames = marks('frame');
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const on = events.filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid);
  const kind = (n) => (n === 'UpdateLayoutTree' || n === 'RecalculateStyles' ? 'style'
    : n === 'Layout' ? 'layout'
      : ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage', 'RasterTask'].includes(n) ? 'paint'
        : ['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.callFunction', 'FireIdleCallback', 'v8.run'].includes(n) ? 'script' : null);
  // The frame's own work (style, layout, paint) follows its animation frame callbacks:
  // each window is extended to the end of the first Layerize (its last main-thread step) after the "frame" mark.
  if (process.env.TRACE_NAMES) { const c = {}; for (const e of on) c[e.name] = (c[e.name] || 0) + 1; console.error(JSON.stringify(c)); }
  const commits = on.filter((e) => e.name === 'Layerize').map((e) => e.ts + e.dur).sort((x, y) => x - y);
  const windows = keys.map((k) => [k, frames.find((f) => f > k)]).filter(([, f]) => f)
    .map(([a, f]) => [a, commits.find((c) => c > f) ?? f, f]);
  if (process.env.TRACE_NAMES && windows[1]) {
    const [a, b] = windows[1];
    for (const e of on.filter((x) => x.ts >= a && x.ts + x.dur <= b && ['Paint', 'Layout', 'PrePaint', 'UpdateLayoutTree'].includes(x.name))) {
      console.error(e.name, (e.dur / 1000).toFixed(2), JSON.stringify(e.args).slice(0, 300));
    }
  }
  const per = windows.map(([a, b, f]) => {
    const sum = { script: 0, style: 0, layout: 0, paint: 0 };
    // Script: outermost script events only; style/layout/paint: all of them (they do not nest
    // in each other), subtracted from the script they happen inside.
    const inside = on.filter((e) => e.ts >= a && e.ts + e.dur <= b);
    let scriptOuter = 0;
    const scripts = inside.filter((e) => kind(e.name) === 'script').sort((x, y) => x.ts - y.ts);
    let end = -1;
    for (const e of scripts) if (e.ts >= end) { scriptOuter += e.dur; end = e.ts + e.dur; }
    let forced = 0;
    for (const e of inside) {
      const k = kind(e.name);
      if (!k || k === 'script') continue;
      sum[k] += e.dur;
      if (k === 'paint') sum[e.name] = (sum[e.name] || 0) + e.dur;
      if (scripts.some((s) => s.ts <= e.ts && e.ts + e.dur <= s.ts + s.dur)) forced += e.dur;
    }
    sum.script = scriptOuter - forced;
    sum.forced = forced;
    sum.window = f - a;
    sum.committed = b - a;
    return sum;
  });
  const med = (k) => +(median(per.map((p) => p[k])) / 1000).toFixed(1);
  return { windows: per.length, script_self: med('script'), style: med('style'), layout: med('layout'), paint: med('paint'), forced_in_script: med('forced'), key_to_frame: med('window'), key_to_frame_committed: med('committed'),
    paint_parts: Object.fromEntries(['PrePaint', 'Paint', 'Layerize'].map((n) => [n, +(median(per.map((p) => p[n] || 0)) / 1000).toFixed(1)])) };
}
