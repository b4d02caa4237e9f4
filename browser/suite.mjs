// The browser suite: every HTML page of one or more built sites, in Debian's Chromium.
//
//   node suite.mjs [--only PATH,...] SITE_DIR [[--only PATH,...] SITE_DIR ...]
//
// `--only` checks, of the site that follows it, only the pages at or under those paths
// (`index.html,el/`); without it, every page.
//
// For each page: axe-core with the WCAG 2.1 A and AA rules (plus the table-header rules axe
// marks experimental) reports no violation, in light and dark mode, in print and at phone
// widths (375 and 320 px); no request goes to, or resolves, another host; at a 320 px wide
// viewport nothing scrolls sideways; at 200% zoom nothing is cut off; paragraphs keep a
// readable measure; only what scrolls takes keyboard focus; a sub-processor row stays compact
// on a phone and its labels are announced once. The Nu HTML
// Checker (vnu.jar, on the machine's Java) reports no error in any file. One browser launch for
// all pages; each failure names the page, the rule and the element. Exit 1 on any failure.

import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const VNU = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// How many pages are checked at once: `BROWSER_SUITE_JOBS`, or one per core.
const JOBS = Math.max(1, Number(process.env.BROWSER_SUITE_JOBS) || availableParallelism());
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.xml': 'application/atom+xml', '.json': 'application/json', '.jsonld': 'application/ld+json', '.csv': 'text/csv' };

async function walk(dir) {
  const out = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

/** Serves `root` on 127.0.0.1 at a free port; resolves to the server and its origin. */
function serve(root) {
  const server = createServer(async (req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

const failures = [];
const fail = (page, rule, detail) => failures.push(`${page}: ${rule}: ${detail}`);

async function checkPage(context, origin, rel) {
  const page = await context.newPage();
  const foreign = [];
  // Block and record anything for another host: scripts, styles, fonts, images, prefetch,
  // preconnect, websockets, beacons.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('about:')) return route.continue();
    foreign.push(`${route.request().resourceType()} ${url}`);
    return route.abort();
  });
  page.on('websocket', (ws) => foreign.push(`websocket ${ws.url()}`));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${origin}/${rel}`, { waitUntil: 'load' });
  const hints = await page.$$eval('link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="prefetch"], link[rel~="preload"]', (ls) => ls.map((l) => l.href));
  for (const h of hints) if (!h.startsWith(origin)) foreign.push(`resource hint ${h}`);
  for (const f of foreign) fail(rel, 'request to another host', f);

  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'td-has-header': { enabled: true }, 'th-has-data-cells': { enabled: true }, 'td-headers-attr': { enabled: true }, 'table-fake-caption': { enabled: true } },
    }),
  );
  for (const v of result.violations) for (const n of v.nodes) fail(rel, `axe ${v.id} (${v.impact})`, `${n.target.join(' ')}: ${v.help}`);

  // Dark mode: where the reader's system asks for it, the page turns dark, with the same
  // contrast.
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(async () => ({
    background: getComputedStyle(document.body).backgroundColor,
    // eslint-disable-next-line no-undef
    contrast: await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } }),
  }));
  if (dark.background === 'rgb(255, 255, 255)') fail(rel, 'dark mode', 'the page stays white when the system asks for dark');
  for (const v of dark.contrast.violations) for (const n of v.nodes) fail(rel, `axe ${v.id} in dark mode (${v.impact})`, `${n.target.join(' ')}: ${v.help}`);
  await page.emulateMedia({ colorScheme: 'light' });

  // A readable measure: no paragraph of running text is wider than 80 characters (tables may
  // be wider).
  const wide = await page.evaluate(() => {
    const out = [];
    for (const p of document.querySelectorAll('main p')) {
      if (p.closest('table')) continue;
      const probe = document.createElement('span');
      probe.textContent = '0'.repeat(80);
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
      p.append(probe);
      const limit = probe.getBoundingClientRect().width;
      probe.remove();
      if (p.getBoundingClientRect().width > limit + 1) out.push(p.textContent.trim().slice(0, 40));
    }
    return out;
  });
  for (const w of wide) fail(rel, 'measure', `a paragraph is wider than 80 characters at 1280px: "${w}…"`);

  // Keyboard focus only where there is something to scroll: an element made focusable with
  // tabindex="0" that is not a control must scroll (axe checks the converse).
  const idle = await page.evaluate(() =>
    [...document.querySelectorAll('[tabindex="0"]')]
      .filter((e) => !e.matches('a, button, input, select, textarea, summary') && e.scrollWidth <= e.clientWidth + 1 && e.scrollHeight <= e.clientHeight + 1)
      .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')),
  );
  for (const e of idle) fail(rel, 'focus without scrolling', `${e} takes keyboard focus but does not scroll`);

  // The skip link, shown when focused, stands where reading starts: at the left, or at the
  // right of a page written right to left (pinned left, it covered the Arabic page's language
  // links).
  const skip = await page.evaluate(() => {
    const link = document.querySelector('.skip-link');
    if (!link) return null;
    link.focus();
    const r = link.getBoundingClientRect();
    const rtl = getComputedStyle(link).direction === 'rtl';
    link.blur();
    return { rtl, start: rtl ? r.left > innerWidth / 2 : r.right < innerWidth / 2, shown: r.top >= 0 };
  });
  if (skip && !(skip.start && skip.shown)) fail(rel, 'skip link', `focused, it is not shown at the ${skip.rtl ? 'right' : 'left'}, where reading starts`);

  // A link into a superseded version (the change log links each entry it tells of) lands on
  // its part in full view, not under the notice that stays at the top while the page scrolls
  // (qa77: at 390 px the notice hid the sub-processor's row the link led to), on a wide
  // screen, a tablet, a phone and at 400% zoom (320 x 256 CSS px).
  for (const [width, height] of [[1280, 900], [800, 700], [390, 700], [320, 256]]) {
    await page.setViewportSize({ width, height });
    const hidden = await page.evaluate(() => {
      const notice = document.querySelector('.archive-notice.superseded');
      if (!notice) return [];
      const targets = [...document.querySelectorAll('main h2[id], main tr[id]')];
      const out = [];
      for (const t of [...targets.slice(0, 3), ...targets.slice(-3)]) {
        location.hash = t.id;
        const top = t.getBoundingClientRect().top;
        const below = getComputedStyle(notice).position === 'sticky' ? notice.getBoundingClientRect().bottom : 0;
        if (top < below - 1 || top > innerHeight - 20) out.push(`#${t.id} at ${Math.round(top)}px, the notice ending at ${Math.round(below)}px`);
      }
      history.replaceState(null, '', location.pathname);
      scrollTo(0, 0);
      return out;
    });
    for (const h of hidden) fail(rel, `link target hidden at ${width}x${height}`, h);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Print: the page as printed passes axe too (contrast, structure), with no navigation shown.
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(async () => ({
    // eslint-disable-next-line no-undef
    axe: await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }),
    nav: [...document.querySelectorAll('nav.languages, .skip-link')].filter((e) => e.getBoundingClientRect().height > 0 && getComputedStyle(e).display !== 'none').length,
  }));
  for (const v of printed.axe.violations) for (const n of v.nodes) fail(rel, `axe ${v.id} in print (${v.impact})`, `${n.target.join(' ')}: ${v.help}`);
  if (printed.nav > 0) fail(rel, 'print', 'the navigation is printed');
  await page.emulateMedia({ media: 'screen' });

  // Phones (375 and 320 CSS px): axe again in the phone layout (at 375; 320 is checked for
  // reflow below); a sub-processor row stays compact, so the rows can be compared a screen at a
  // time (a row without a description is some 90 px at 375 px in English, 145 px pseudo-localized
  // at 320 px; the cards of five labelled fields this replaced were over 250 px); a value's label,
  // drawn by CSS, is not announced besides the column header (it has empty alternative text);
  // the dot between two values never starts a line.
  for (const width of [375, 320]) {
    await page.setViewportSize({ width, height: 812 });
    const phone = await page.evaluate(async (full) => ({
      // eslint-disable-next-line no-undef
      axe: full ? await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }) : { violations: [] },
      tall: [...document.querySelectorAll('table.subprocessors tbody tr[id]')]
        .filter((r) => !r.querySelector('.description, .upcoming') && r.getBoundingClientRect().height > 160)
        .map((r) => `${r.id} ${Math.round(r.getBoundingClientRect().height)}px`),
      // The annex's labels, each on a line above its value, take the line: a third of it
      // broke "Veröffentlichung" inside the word.
      narrow: [...document.querySelectorAll('.annex tbody th[scope="row"]')]
        .filter((th) => th.getBoundingClientRect().width < th.parentElement.getBoundingClientRect().width - 2)
        .map((th) => th.textContent.trim().slice(0, 40)),
      // The dot between two values ends a line, never starts one: it is drawn after a value,
      // held to it by a no-break space (drawn before the next one, it began a line wherever
      // the line broke between the two).
      dots: [...document.querySelectorAll('tbody td')]
        .filter((td) => getComputedStyle(td, '::before').content.includes('·'))
        .map((td) => `${td.closest('tr').id}: ${td.textContent.trim().slice(0, 30)}`),
    }), width === 375);
    for (const d of phone.dots) fail(rel, `separator starts a line at ${width}px`, d);
    for (const n of phone.narrow) fail(rel, `annex label narrower than its line at ${width}px`, n);
    for (const v of phone.axe.violations) for (const n of v.nodes) fail(rel, `axe ${v.id} at ${width}px (${v.impact})`, `${n.target.join(' ')}: ${v.help}`);
    for (const t of phone.tall) fail(rel, `sub-processor row too tall at ${width}px`, t);
    const cell = page.locator('table tbody td[data-label]').first();
    if ((await cell.count()) > 0) {
      const label = await cell.getAttribute('data-label');
      const tree = await cell.ariaSnapshot();
      if (tree.includes(label)) fail(rel, `label announced twice at ${width}px`, `${label} in ${tree}`);
    }
  }

  // Where a table is a table (wider than 70rem), no word in it breaks but where its language
  // allows (a soft hyphen) or after a host's dot, and no table scrolls: the layout gave each
  // column a share of the width by the length of its text and broke "Deutschla|nd" (qa77).
  for (const width of [1126, 1180, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const broken = await page.evaluate(() => {
      const out = [];
      for (const wrap of document.querySelectorAll('.table-wrap')) {
        if (wrap.scrollWidth > wrap.clientWidth + 1) out.push(`a table scrolls: ${wrap.scrollWidth}px in ${wrap.clientWidth}px`);
      }
      const walker = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement.closest('td, th') || !node.parentElement.closest('table')) continue;
        const text = node.textContent;
        // Each run between a space, a soft hyphen, a hyphen or dash, a slash or a dot stays on one
        // line.
        // In a link's host (not to be translated), only a dot: "quire-" / "feedback.example"
        // reads as another address.
        const re = node.parentElement.closest('[translate="no"]') ? /[^.]+/g : /[^\s\u00ad\-\u2010\u2013\/.]+/g;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          // (A syllable after a soft hyphen that broke the line has a rect for the hyphen drawn
          // at the end of the line before: a few pixels wide.)
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 7).map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(`"${m[0]}" breaks inside`);
        }
      }
      return out;
    });
    for (const b of broken) fail(rel, `table at ${width}px`, b);
  }

  // Reflow (WCAG 1.4.10): at 320 CSS px, and at 200% zoom of a 1280 px window (640 CSS px),
  // the page does not scroll sideways and no text is cut off by an element that hides overflow.
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 900 });
    const { scroll, client, cut } = await page.evaluate(() => {
      const cut = [];
      for (const el of document.querySelectorAll('main *, header *, footer *')) {
        const s = getComputedStyle(el);
        if ((s.overflowX === 'hidden' || s.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1 && s.position !== 'absolute') cut.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''));
      }
      // Nor does a table scroll inside its wrapper (a host longer than the line, kept whole).
      for (const wrap of document.querySelectorAll('.table-wrap')) {
        if (wrap.scrollWidth > wrap.clientWidth + 1) cut.push(`a table scrolls: ${wrap.scrollWidth}px in ${wrap.clientWidth}px`);
      }
      return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, cut };
    });
    if (scroll > client + 1) fail(rel, `scrolls sideways at ${width}px`, `content is ${scroll}px wide in a ${client}px viewport`);
    for (const el of cut) fail(rel, `cut off at ${width}px`, el);
  }
  await page.close();
}

async function main() {
  const sites = [];
  for (let args = process.argv.slice(2); args.length > 0; ) {
    const only = args[0] === '--only' ? (args.splice(0, 2)[1] ?? '').split(',') : null;
    const dir = args.shift();
    if (dir === undefined || (only && only.some((p) => p === ''))) {
      sites.length = 0;
      break;
    }
    sites.push({ dir, only });
  }
  if (sites.length === 0) {
    console.error('usage: node suite.mjs [--only PATH,...] SITE_DIR [[--only PATH,...] SITE_DIR ...]');
    process.exit(2);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // axe is injected as a script, which the pages' own CSP rightly forbids.
  const context = await browser.newContext({ bypassCSP: true });
  let pages = 0;
  const htmlFiles = [];
  for (const site of sites) {
    const root = path.resolve(site.dir);
    const wanted = (rel) => !site.only || site.only.some((p) => (p.endsWith('/') ? rel.startsWith(p) : rel === p));
    const files = (await walk(root)).filter((f) => f.endsWith('.html') && wanted(path.relative(root, f).split(path.sep).join('/')));
    htmlFiles.push(...files);
    const { server, origin } = await serve(root);
    // Several pages at a time: each page's checks wait on the browser, one step after another
    // (on two cores the example's 31 pages took 76 s two at a time, 125 s one at a time).
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++];
        await checkPage(context, origin, path.relative(root, file).split(path.sep).join('/'));
        pages++;
      }
    };
    await Promise.all(Array.from({ length: JOBS }, worker));
    server.close();
  }
  await browser.close();

  // The Nu HTML Checker, on every file at once.
  let vnuErrors = 0;
  try {
    execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...htmlFiles], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch (e) {
    const report = JSON.parse((e.stderr || '').toString() || '{"messages":[]}');
    for (const m of report.messages.filter((m) => m.type === 'error')) {
      vnuErrors++;
      fail(m.url.replace('file:', ''), 'Nu HTML Checker', `line ${m.lastLine}: ${m.message}`);
    }
    if (report.messages.length === 0) fail('vnu', 'could not run the Nu HTML Checker', String(e.message));
  }

  // In the same order however the pages were shared out.
  failures.sort();
  for (const f of failures) console.log(`FAIL ${f}`);
  console.log(`browser suite: ${pages} pages in ${sites.length} site(s), ${failures.length} failures (${vnuErrors} from the Nu HTML Checker)`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
