// Issue 8, in the app: a large matching run (250 claims and quotes against an article of
// 4,200 sentences: over a million sentence pairs, SPLIT_PAIRS) is split over two Web
// Workers when navigator.hardwareConcurrency >= 2, and the page merges their answers. The
// suggestions must be exactly one worker's (navigator.hardwareConcurrency forced to 1):
// every span's overview row (its best band and count) and the cards of spans on both
// sides of the cut. The bar sums the two workers' progress; Stop ends both; a worker lost
// half-way leaves its share to the other, with a notice, and nothing is lost.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, manyClaimsWorkspace, PAGE_URL, sampleSentences, SEL } from './page.mjs';

const SPANS = 250;
const OTHER = 4200;

/** Two articles: one of 250 sentences of the samples (`manyClaimsWorkspace`: every
 *  sentence a span, every third a quote); one of 4,200 unlabelled sentences of minutes,
 *  the samples' sentences among them: 250 x 4,251 = 1.06 million sentence pairs, over
 *  SPLIT_PAIRS, in a few seconds. Offsets in code points. */
function workspace() {
  const ws = manyClaimsWorkspace(SPANS, []);
  const pool = sampleSentences();
  const minutes = Array.from({ length: OTHER }, (_, i) => {
    const line = `The harbour council met on day ${i} in district ${i % 97} and discussed item ${i * 7 % 1013} with ${i % 13} members.`;
    return i % 80 === 0 ? `${pool[(i / 80) % pool.length]} ${line}` : line;
  });
  const other = minutes.map((l, i) => (i % 5 === 4 ? `${l}\n\n` : `${l} `)).join('');
  ws.documents.push({ id: 'd2', title: 'Minutes', source: 'minutes.txt', text: other });
  return ws;
}

const WS = Buffer.from(JSON.stringify(workspace()));

/** The app with navigator.hardwareConcurrency = `cores`, its workers counted
 *  (window.__workers: started, ended) and kept (window.__workerList). */
async function open(cores) {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript((n) => {
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n });
    const Real = window.Worker;
    window.__workers = { started: 0, ended: 0 };
    window.__workerList = [];
    window.Worker = class extends Real {
      constructor(...a) { super(...a); window.__workers.started++; window.__workerList.push(this); }
      terminate() { window.__workers.ended++; super.terminate(); }
    };
    window.__progress = [];
    new MutationObserver(() => {
      const p = document.querySelector('#match-progress');
      if (p) window.__progress.push([p.dataset.stage, Number(p.dataset.done), Number(p.dataset.total)]);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, cores);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(PAGE_URL);
  await page.waitForSelector(SEL.fileInput, { state: 'attached', timeout: 20000 });
  return { browser, page, problems };
}

const importWorkspace = (page) => page.setInputFiles(SEL.importFile, [{ name: 'split.json', mimeType: 'application/json', buffer: WS }]);

/** Wait until matching is done with results from `engine`. */
const done = (page, engine, timeout = 60000) => page.waitForFunction(({ engine, n }) => {
  const s = document.querySelector('#suggestions');
  return s && s.dataset.engine === engine && !document.querySelector('#match-progress')
    && Number(document.querySelector('#span-overview')?.dataset.rows) === n;
}, { engine, n: SPANS }, { timeout, polling: 100 });

/** Every overview row's span id and text (its band and count), scrolling through the list. */
const overview = (page) => page.evaluate(async () => {
  const sc = document.querySelector('#span-overview .overview-scroller');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const rows = new Map();
  for (let top = 0; top <= sc.scrollHeight; top += sc.clientHeight / 2) {
    sc.scrollTop = top;
    sc.dispatchEvent(new Event('scroll'));
    await frame(); await frame();
    for (const r of document.querySelectorAll('#span-overview .overview-row')) rows.set(Number(r.dataset.row), `${r.dataset.spanId} ${r.textContent}`);
  }
  return [...rows].sort((a, b) => a[0] - b[0]).map((x) => x[1]);
});

/** The cards of span `sN` (selected through its overview row, row N - 1): target, score, text. */
async function cardsOf(page, id) {
  const n = Number(id.slice(1)) - 1;
  await page.evaluate((n) => {
    const sc = document.querySelector('#span-overview .overview-scroller');
    sc.scrollTop = Math.max(0, n * 26 - 30);
    sc.dispatchEvent(new Event('scroll'));
  }, n);
  const row = page.locator(`#span-overview .overview-row[data-row="${n}"]`);
  await row.waitFor();
  assert.equal(await row.getAttribute('data-span-id'), id);
  await row.click();
  await page.waitForSelector(`#suggestions .suggestion-group.current[data-span-id="${id}"]`);
  return page.$$eval('#suggestions .suggestion-group.current .suggestion', (els) => els.map((e) => `${e.dataset.targetDoc} ${e.dataset.score} ${e.textContent}`));
}

// The first and last spans and spans on both sides of the cut (after span 125).
const SAMPLE = ['s1', 's2', 's124', 's125', 's126', 's127', 's249', 's250'];

/** One worker's results (the first test), for the second. */
let single = null;

async function results(cores, engine) {
  const { browser, page, problems } = await open(cores);
  try {
    await importWorkspace(page);
    await done(page, engine);
    const rows = await overview(page);
    const cards = {};
    for (const id of SAMPLE) cards[id] = await cardsOf(page, id);
    const [progress, workers] = await page.evaluate(() => [window.__progress, window.__workers]);
    return { rows, cards, progress, workers, problems };
  } finally {
    await browser.close();
  }
}

test('split over two workers: the same suggestions as one worker, the bar sums both', async () => {
  const one = await results(1, 'worker');
  single = one;
  const two = await results(2, 'workers');
  assert.equal(one.workers.started, 1, 'one worker when the browser has one core');
  assert.equal(two.workers.started, 2, 'two workers');
  assert.equal(one.rows.length, SPANS);
  assert.deepEqual(two.rows, one.rows, 'every span: the same best band and count');
  for (const id of SAMPLE) {
    assert.ok(one.cards[id].length > 0, `${id} has cards`);
    assert.deepEqual(two.cards[id], one.cards[id], id);
  }
  // Matching progress: the two shares' sum, never past the spans.
  const matching = two.progress.filter(([stage]) => stage !== 'indexing');
  assert.ok(matching.some(([, , total]) => total === SPANS), `a bar over all ${SPANS} spans`);
  assert.ok(two.progress.every(([, d, t]) => d <= t), 'done never past total');
  assert.ok(matching.every(([, , t]) => t <= SPANS));
  assert.deepEqual([...one.problems, ...two.problems], []);
});

test('Stop ends both workers; Match again splits again; a worker lost half-way leaves its share to the other', async () => {
  assert.ok(single, 'the first test ran');
  const { browser, page, problems } = await open(2);
  after(() => browser.close());
  await importWorkspace(page);
  await page.waitForSelector(SEL.matchProgress, { timeout: 20000 });
  await page.click('#match-stop');
  await page.waitForSelector('#match-stopped');
  const w = await page.evaluate(() => window.__workers);
  assert.equal(w.started, 2);
  assert.equal(w.ended, 2, 'both workers ended');
  await page.waitForTimeout(300);
  assert.equal(await page.locator(SEL.matchProgress).count(), 0, 'nothing starts by itself');

  // Match again: two new workers; the second is lost as soon as the bar shows, and the
  // first does its share too.
  await page.click('#match-again');
  await page.waitForSelector(SEL.matchProgress, { timeout: 20000 });
  assert.equal((await page.evaluate(() => window.__workers)).started, 4);
  await page.evaluate(() => {
    const w = window.__workerList[window.__workerList.length - 1];
    w.onerror(new ErrorEvent('error', { message: 'test: the worker was lost' }));
  });
  await done(page, 'workers');
  assert.match((await page.locator(SEL.notice).allTextContents()).join(' '), /second matcher worker stopped \(test: the worker was lost\)/);
  assert.deepEqual(await overview(page), single.rows, 'the same suggestions as one worker');
  assert.deepEqual(await cardsOf(page, 's126'), single.cards.s126);
  assert.deepEqual(problems, []);
});
