// Shared helpers for the end-to-end tests: start Debian's Chromium through playwright-core,
// open dist/parallax.html from file://, record every request the page makes, and select text
// in an article by code point offsets of a sentence.
import { chromium } from 'playwright-core';
import { pathToFileURL, fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import { SEL } from './selectors.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HTML = process.env.PARALLAX_HTML || path.join(ROOT, 'dist', 'parallax.html');
export const SAMPLES = [
  path.join(ROOT, 'samples', 'afp-defector-footage.txt'),
  path.join(ROOT, 'samples', 'latimes-defector-video.txt'),
];
export const PAGE_URL = pathToFileURL(HTML).href;

/** The samples' sentences of six words or more, in order (a rough split at . ! ?, a
 *  closing quotation mark kept). */
export function sampleSentences() {
  return SAMPLES.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'))
    .flatMap((l) => l.match(/[^.!?]+[.!?]+["”’]?/g) || [])
    .map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 6);
}

/** A Parallax JSON workspace with `n` claim and quote spans (issue 11's panel tests and
 *  benchmark): an article of the samples' sentences repeated (round k marked " (k)"), each
 *  sentence one span (every third a quote), beside the samples `others` names (indices into
 *  SAMPLES: 1 the LA Times, 0 the AFP). Offsets in code points. */
export function manyClaimsWorkspace(n, others = [1]) {
  const cps = (s) => Array.from(s).length;
  const pool = sampleSentences();
  let text = '';
  const spans = [];
  for (let i = 0; i < n; i++) {
    const k = Math.floor(i / pool.length);
    const s = k === 0 ? pool[i % pool.length] : pool[i % pool.length].replace(/([.!?]["”’]?)$/, ` (${k})$1`);
    if (i > 0) text += i % 2 ? ' ' : '\n\n';
    const start = cps(text);
    text += s;
    spans.push({ id: `s${i + 1}`, doc: 'd1', start, end: cps(text), label: i % 3 === 2 ? 'quote' : 'claim' });
  }
  const names = [['AFP', 'afp.txt'], ['LA Times', 'latimes.txt']];
  const documents = [{ id: 'd1', title: 'Many claims', source: 'many.txt', text }]
    .concat(others.map((k, j) => ({ id: `d${j + 2}`, title: names[k][0], source: names[k][1], text: fs.readFileSync(SAMPLES[k], 'utf8') })));
  return { format: 'parallax', version: 1, documents, spans };
}

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run',
];

/** Launch Debian's Chromium headless with the flags this machine needs. */
export async function launchChromium() {
  if (!fs.existsSync(HTML)) throw new Error(`${HTML} is missing: run cargo xtask dist`);
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
}

/** Launch Chromium and open the app. Returns { browser, context, page, requests, problems }.
 *  `requests` lists every request other than the page itself and blob:/data: objects; `problems` collects page
 *  errors and CSP violations. */
export async function openApp({ viewport = { width: 1400, height: 900 } } = {}) {
  const browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true, viewport });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  // blob: and data: URLs are the page's own in-memory objects (the matcher worker's script), not the network.
  page.on('request', (r) => { const u = r.url(); if (u !== PAGE_URL && !u.startsWith('blob:') && !u.startsWith('data:')) requests.push(u); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    const t = m.text();
    if (m.type() === 'error' || /Content Security Policy|Refused to/.test(t)) problems.push(`console ${m.type()}: ${t}`);
  });
  await page.goto(PAGE_URL);
  await page.waitForSelector(SEL.fileInput, { state: 'attached', timeout: 20000 });
  return { browser, context, page, requests, problems };
}

/** Load files through the app's file input and wait until `count` articles are shown. */
export async function loadFiles(page, files, count = files.length) {
  await page.setInputFiles(SEL.fileInput, files);
  await page.waitForFunction(({ sel, n }) => document.querySelectorAll(sel).length >= n, { sel: SEL.article, n: count });
}

/** Select `needle` in the article at column `index` (0-based) with the mouse: press at the
 *  first character, drag to the last. Returns the selected string as the DOM reports it. */
export async function mouseSelect(page, index, needle) {
  const box = await page.evaluate(({ index, needle, bodies }) => {
    const body = document.querySelectorAll(bodies)[index];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let full = '';
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, full.length]); full += n.data; }
    const at = full.indexOf(needle);
    if (at < 0) return null;
    const locate = (off) => {
      for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= off) return [nodes[i][0], off - nodes[i][1]];
      return null;
    };
    const [n0, o0] = locate(at);
    const [n1, o1] = locate(at + needle.length - 1);
    const r0 = document.createRange(); r0.setStart(n0, o0); r0.setEnd(n0, o0 + 1);
    const r1 = document.createRange(); r1.setStart(n1, o1); r1.setEnd(n1, o1 + 1);
    r0.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const a = r0.getBoundingClientRect(), b = r1.getBoundingClientRect();
    return { x0: a.left + 1, y0: a.top + a.height / 2, x1: b.right - 1, y1: b.top + b.height / 2 };
  }, { index, needle, bodies: SEL.articleBody });
  if (!box) throw new Error(`"${needle}" not found in article ${index}`);
  await page.mouse.move(box.x0, box.y0);
  await page.mouse.down();
  await page.mouse.move((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, { steps: 4 });
  await page.mouse.move(box.x1, box.y1, { steps: 4 });
  await page.mouse.up();
  return page.evaluate(() => window.getSelection().toString());
}

/** Click a button and return the parsed JSON of the file it downloads. */
export async function downloadJson(page, selector) {
  await reveal(page, selector);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const file = await download.path();
  return { name: download.suggestedFilename(), json: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

/** Python's text[start:end]: slice by code points. */
export function sliceCp(text, start, end) {
  return Array.from(text).slice(start, end).join('');
}

/** After a reload (or in a second tab) the app lists the saved workspaces: continue the
 *  one at `index` (0 = most recently changed), wait until the list is gone and (unless
 *  `restored: false`) until the workspace is back under its id. A tab reloaded on the only
 *  workspace saved, its own, gets it back at once, without the list (read-only while it is
 *  restored): then there is nothing to click. */
export async function continueWorkspace(page, index = 0, { restored = true } = {}) {
  const back = `${SEL.app}[data-workspace-id], ${SEL.app}.read-only`;
  await page.waitForSelector(`${SEL.workspaceEntry}, ${back}`, { timeout: 20000 });
  if ((await page.locator(SEL.workspaceEntry).count()) > 0) {
    await page.locator(SEL.workspaceContinueButton).nth(index).click();
    await page.waitForSelector(SEL.workspaceChooser, { state: 'detached' });
  }
  // The chooser goes at once; the workspace comes back from IndexedDB a little later
  // ("Restoring…", no workspace id yet). Unless the test looks at that moment itself,
  // wait until the restored workspace is open under its id.
  if (restored) {
    await page.waitForSelector(`${SEL.app}[data-workspace-id]`, { state: 'attached', timeout: 20000 });
  }
}

/** The localStorage key the open workspace is saved under. */
export function savedKey(page) {
  return page.evaluate((app) => `parallax.v2.ws.${document.querySelector(app).dataset.workspaceId}`, SEL.app);
}

/** The open workspace as saved in localStorage (parsed), or null. */
export async function savedWorkspace(page) {
  const raw = await page.evaluate((app) => localStorage.getItem(`parallax.v2.ws.${document.querySelector(app).dataset.workspaceId}`), SEL.app);
  return raw === null ? null : JSON.parse(raw);
}

/** Open the toolbar menu (`<details>`, e.g. "More…" of the exports) that holds `selector`,
 *  so a test can click it as a user would: first the menu, then the item. */
export async function reveal(page, selector) {
  const menu = page.locator(`details:has(${selector})`);
  if ((await menu.count()) > 0 && !(await menu.first().evaluate((d) => d.open))) {
    await menu.first().locator('summary').click();
  }
}
