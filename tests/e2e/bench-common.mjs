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

