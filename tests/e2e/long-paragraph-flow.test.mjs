// Trial 30, F30-2: a long paragraph drawn in chunks (the units of re-rendering) flows as one
// paragraph: no line break where one chunk ends and the next begins. The chunks flow inline
// within runs of about 10,000 characters (the blocks the browser lays out only on screen);
// a run ends at a sentence end, the one place a line still breaks early. Also: a span
// across a chunk boundary keeps exact offsets. Times are in BENCHMARKS.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, session, pick, exportJson, tmpDir, cpLen } from './fixtures/lib.mjs';
import { SAMPLES, SEL } from './page.mjs';

let browser;
let tmp;
before(async () => { browser = await launch(); tmp = tmpDir('parallax-flow-'); });
after(async () => { await browser?.close(); if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

test('a long paragraph flows across chunk ends; runs end at sentence ends', async (t) => {
  const s = await session(browser);
  t.after(() => s.close());
  const { page } = s;
  // The sample's sentences, joined into one paragraph of about 150,000 characters.
  const sample = fs.readFileSync(SAMPLES[0], 'utf8').split('\n').filter((l) => /[.!?]["”]?$/.test(l.trim())).join(' ');
  let body = '';
  for (let k = 0; body.length < 150000; k++) body += `${sample.replace(/\s+/g, ' ').trim()} (${k}) `;
  const text = `Long one\n\n${body.trimEnd()}\n`;
  const file = path.join(tmp, 'flow.txt');
  fs.writeFileSync(file, text);
  await pick(page, SEL.fileInput, [file]);
  await page.waitForSelector('p.para-long span.para-run span.para-chunk', { timeout: 120000 });
  const runs = await page.$$eval('p.para-long > span.para-run', (els) => els.map((r) => ({
    text: r.textContent, chunks: r.querySelectorAll(':scope > span.para-chunk').length,
  })));
  assert.ok(runs.length >= 10, `the paragraph is in runs (${runs.length})`);
  for (const r of runs.slice(0, -1)) {
    assert.ok(r.chunks >= 2 && r.text.length <= 10000, `a run of ${r.chunks} chunks, ${r.text.length} characters`);
    assert.match(r.text.slice(-12), /[.!?]["”’)]*\s$/, 'a run ends at a sentence end');
  }
  // Every chunk end inside the first eight runs: the first word of the next chunk is on the
  // line of the last word of this one, unless that line had no room left for it.
  const seams = await page.evaluate(() => {
    const out = [];
    for (const run of [...document.querySelectorAll('p.para-long > span.para-run')].slice(0, 8)) {
      run.scrollIntoView({ block: 'start' });
      const box = run.getBoundingClientRect();
      const chunks = [...run.querySelectorAll(':scope > span.para-chunk')];
      for (let k = 0; k + 1 < chunks.length; k++) {
        const lastText = [...chunks[k].querySelectorAll('span[data-start]')].pop().firstChild;
        const firstText = chunks[k + 1].querySelector('span[data-start]').firstChild;
        const m = lastText.data.match(/(\S+)\s*$/);
        const n = firstText.data.match(/^\s*(\S+)/);
        const a = document.createRange();
        a.setStart(lastText, m.index); a.setEnd(lastText, m.index + m[1].length);
        const b = document.createRange();
        b.setStart(firstText, n.index); b.setEnd(firstText, n.index + n[1].length);
        const ra = [...a.getClientRects()].pop();
        const rb = b.getClientRects()[0];
        const sameLine = Math.abs(ra.top - rb.top) < 2;
        // The room the line of the last word had left, against the next word's width
        // (with a space): a line that broke with room to spare is a seam.
        const room = box.right - ra.right;
        out.push({ sameLine, fits: room > rb.width + 12, words: `${m[1]} | ${n[1]}` });
      }
    }
    return out;
  });
  assert.ok(seams.length >= 20, `chunk ends checked (${seams.length})`);
  const seamsLeft = seams.filter((x) => !x.sameLine && x.fits);
  assert.deepEqual(seamsLeft, [], 'no line breaks early at a chunk end');
  assert.ok(seams.filter((x) => x.sameLine).length >= seams.length / 2, 'most chunk ends fall inside a line');
  // A span across a chunk end: exact code point offsets.
  const at = await page.evaluate(() => {
    const c = document.querySelectorAll('p.para-long span.para-chunk')[3];
    const t1 = [...c.querySelectorAll('span[data-start]')].pop().firstChild;
    const t2 = c.nextElementSibling.querySelector('span[data-start]').firstChild;
    t1.parentElement.scrollIntoView({ block: 'center' });
    const r = document.createRange();
    const from = Math.max(0, t1.data.trimEnd().lastIndexOf(' ', t1.data.trimEnd().length - 1) + 1);
    r.setStart(t1, from);
    const sp = t2.data.indexOf(' ', t2.data.search(/\S/));
    r.setEnd(t2, sp);
    getSelection().removeAllRanges(); getSelection().addRange(r);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }));
    return { start: Number(t1.parentElement.dataset.start) + from, want: r.toString() };
  });
  await page.waitForSelector(SEL.firstClaim);
  const ws = await exportJson(page);
  assert.equal(ws.spans.length, 1);
  const sp = ws.spans[0];
  assert.equal(sp.start, at.start);
  assert.equal(sp.text, at.want.trim());
  assert.equal(Array.from(ws.documents[0].text).slice(sp.start, sp.end).join(''), sp.text);
  assert.ok(cpLen(text) > 150000);
  assert.deepEqual(s.problems, []);
});
