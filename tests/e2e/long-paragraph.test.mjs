// Issue 11, case long-single-paragraph: a 4.4 MB article in ONE paragraph loads, and a new
// span near its end changes only the chunk it is in (the paragraph is rendered in keyed
// chunks of at most 2,000 code points), with exact code point offsets. No timing here:
// the times are in BENCHMARKS.md (bench-long-paragraph.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, session, pick, exportJson, tmpDir, cpLen } from './fixtures/lib.mjs';
import { SAMPLES, SEL } from './page.mjs';

let browser;
let tmp;
before(async () => { browser = await launch(); tmp = tmpDir('parallax-long-'); });
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

test('a 4.4 MB single paragraph: loads, labels near the end, one chunk changes', async (t) => {
  const s = await session(browser);
  t.after(() => s.close());
  const { page } = s;
  const words = fs.readFileSync(SAMPLES[0], 'utf8').split(/\s+/).filter(Boolean);
  const parts = [];
  for (let i = 0, n = 0; n < 4.4e6; i++) { const w = `${words[i % words.length]} `; parts.push(w); n += Buffer.byteLength(w); }
  let body = parts.join('');
  const needle = 'Here the unique sentence near the end is labelled.';
  body += needle + ' ' + 'tail '.repeat(500);
  const text = `Long one\n\n${body.trimEnd()}\n`;
  const file = path.join(tmp, 'long.txt');
  fs.writeFileSync(file, text);
  await pick(page, SEL.fileInput, [file]);
  await page.waitForSelector(SEL.articleOffsets, { timeout: 120000 });
  const chunks = await page.evaluate(() => [...document.querySelectorAll('p.para-long > span.para-run > span.para-chunk')].map((c) => c.textContent.length));
  assert.ok(chunks.length > 2000, `the paragraph is rendered in chunks (${chunks.length})`);
  assert.ok(Math.max(...chunks) <= 2000, 'no chunk over 2,000 code points (ASCII text: code units = code points)');
  // Select the sentence (it is in one chunk or two) and label it, counting changed chunks.
  const changed = await page.evaluate((needle) => new Promise((resolve) => {
    const leaves = [...document.querySelectorAll('section.article span[data-start]')];
    const leaf = leaves.find((l) => l.textContent.includes(needle.slice(0, 20)));
    const node = leaf.firstChild;
    const at = node.data.indexOf(needle.slice(0, 20));
    leaf.scrollIntoView({ block: 'center' });
    const r = document.createRange();
    r.setStart(node, at);
    // The end may be in the next chunk's first leaf.
    const endLeaf = leaves.find((l) => l.textContent.includes('labelled.'));
    r.setEnd(endLeaf.firstChild, endLeaf.firstChild.data.indexOf('labelled.') + 'labelled.'.length);
    const sel = window.getSelection();
    sel.removeAllRanges(); sel.addRange(r);
    const touched = new Set();
    const body = document.querySelector('section.article .article-body');
    const mo = new MutationObserver((ms) => {
      for (const m of ms) {
        const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
        const c = el && el.closest('span.para-chunk');
        if (c) touched.add(c.dataset.chunkStart);
      }
    });
    mo.observe(body, { subtree: true, childList: true, characterData: true, attributes: true });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }));
    setTimeout(() => { mo.disconnect(); resolve([...touched]); }, 1500);
  }), needle);
  await page.waitForSelector(SEL.firstClaim);
  assert.ok(changed.length >= 1 && changed.length <= 2, `only the chunks holding the span changed (${changed.length})`);
  const ws = await exportJson(page);
  assert.equal(ws.spans.length, 1);
  const doc = ws.documents[0];
  assert.equal(doc.text.length, text.length, 'the text is stored exactly as loaded');
  const sp = ws.spans[0];
  assert.equal(Array.from(doc.text).slice(sp.start, sp.end).join(''), needle);
  assert.equal(sp.start, cpLen(text.slice(0, text.indexOf(needle))));
  assert.deepEqual(s.problems, []);
});
