// The page-quality gate. Crawls a running Parlour as each role, following every same-site
// link and submitting every GET form it finds (a few pages per route pattern), and checks
// every page it reaches:
//   - the Nu HTML Checker (vnu.jar) finds no errors;
//   - axe-core finds no WCAG 2.1 A/AA violations, in the light scheme on every page and
//     in the dark scheme too on the first page of each route pattern;
//   - no console error, no failed request, no request to any other host;
//   - no horizontal scrolling at 360 px.
// It also visits the 404 and 403 pages, and takes screenshots at 1280 and 390 px (light)
// and 390 px (dark).
//
//   node gate.mjs BASE_URL OUTPUT_DIR ROLES_JSON [START_JSON] [LOCALE]
// ROLES_JSON: [{"role":"member","login":"tom","password":"…"}, …]; a visitor is always added.
// START_JSON: paths every role checks first, besides the front page, e.g. ["/u/tom"]: pages
// the crawl must not leave to chance. LOCALE: the browser's language (its Accept-Language),
// e.g. "fr-FR", so that a visitor reads the site in it too.
// Exits 1 after listing every failure as: URL, role, checker, message.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch, fail } from './lib.mjs';

const [base, outDir, rolesJson, startJson, locale] = process.argv.slice(2);
if (!base || !outDir) fail('usage: node gate.mjs BASE_URL OUTPUT_DIR [ROLES_JSON]');
const origin = new URL(base).origin;
const roles = [{ role: 'visitor' }, ...JSON.parse(rolesJson || '[]')];
const starts = JSON.parse(startJson || '[]');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const vnuJar = join(require.resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');

const PER_PATTERN = Number(process.env.GATE_PER_PATTERN || 2);
const MAX_PAGES_PER_ROLE = Number(process.env.GATE_MAX_PAGES || 150);
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const PHOTO_PHONE = { width: 390, height: 844 };
// Pages to photograph, by route pattern: the first page of each pattern the crawl reaches.
const SCREENSHOTS = {
  'front-page': '/',
  article: '/blog/:x',
  question: '/experts/questions/:x',
  ideas: '/ideas',
  'moderation-queue': '/mod',
  dashboard: '/admin',
  profile: '/u/:x',
};

const failures = [];
const report = (url, role, checker, message) => failures.push({ url, role, checker, message });
const htmlDir = join(outDir, 'html');
const shotDir = join(outDir, 'screenshots');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(htmlDir, { recursive: true });
mkdirSync(shotDir, { recursive: true });
const documents = []; // { file, url, role }
const patterns = new Set();
const photographed = new Set();

// A segment that names one item (an id, a slug, a hash, a member's name after /u/) is
// replaced by :x, so that every article shares one pattern and the crawl visits only a few.
function pattern(url) {
  const u = new URL(url);
  const path = u.pathname
    .split('/')
    .map((s, i, all) => (/\d/.test(s) || s.includes('-') || s.length > 20 || (i === 2 && all[1] === 'u') ? ':x' : s))
    .join('/');
  const keys = [...u.searchParams.keys()].filter((k) => k !== 'notice').sort();
  return keys.length ? `${path}?${keys.join('&')}` : path;
}

function sameSite(href) {
  try {
    const u = new URL(href, base);
    return u.origin === origin && !u.pathname.startsWith('/static/') && !u.pathname.startsWith('/media/');
  } catch {
    return false;
  }
}

async function signIn(page, login, password) {
  await page.goto(`${base}/login`);
  await page.fill('#login', login);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  const header = await page.textContent('.account-nav');
  if (!header.includes(login)) fail(`could not sign in as ${login}: ${page.url()}`);
}

// axe-core over the page as it is shown now; `scheme` names the colour scheme in reports.
async function axeCheck(page, url, role, scheme) {
  const axe = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const checker = scheme === 'light' ? 'axe' : `axe (${scheme})`;
  for (const v of axe.violations) {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ');
    report(url, role, checker, `${v.id}: ${v.help} (${targets})`);
  }
}

async function check(page, url, role, { expectStatus = null, dark = false } = {}) {
  const problems = [];
  const onConsole = (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url || '';
    // The browser logs the error status of a deliberately visited error page itself.
    if (expectStatus && where === url && msg.text().includes(`status of ${expectStatus}`)) return;
    problems.push(['console', msg.text()]);
  };
  const onPageError = (err) => problems.push(['javascript', err.message]);
  const onFailed = (req) => {
    const error = req.failure()?.errorText || '';
    // ERR_ABORTED is the browser cancelling a late request (the icon) as the crawl moves on.
    if (req.url().startsWith(origin) && !error.includes('ERR_ABORTED')) {
      problems.push(['request', `${req.url()} failed: ${error}`]);
    }
  };
  const onResponse = (res) => {
    if (res.url() !== url && res.url().startsWith(origin) && res.status() >= 400) {
      problems.push(['request', `${res.url()} answered ${res.status()}`]);
    }
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'load' });
  } catch (err) {
    report(url, role, 'load', err.message);
    return null;
  } finally {
    await page.waitForLoadState('load').catch(() => {});
  }
  page.off('console', onConsole);
  page.off('pageerror', onPageError);
  page.off('requestfailed', onFailed);
  page.off('response', onResponse);
  const finalUrl = page.url();
  const status = response ? response.status() : 0;
  if (expectStatus ? status !== expectStatus : status >= 400) {
    report(finalUrl, role, 'status', `answered ${status}${expectStatus ? `, expected ${expectStatus}` : ''}`);
  }
  for (const [checker, message] of problems) report(finalUrl, role, checker, message);

  // Feeds, sitemaps and images are linked too: they need only answer. Pages get every check.
  if (!response || !(response.headers()['content-type'] || '').startsWith('text/html')) return null;

  // The HTML exactly as served, for the Nu checker.
  const file = join(htmlDir, `${documents.length}.html`);
  writeFileSync(file, await response.text());
  documents.push({ file, url: finalUrl, role });

  const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  if (width[0] > width[1]) {
    report(finalUrl, role, 'layout', `scrolls sideways at ${PHONE.width} px: content is ${width[0]} px wide`);
  }

  await page.evaluate(axeSource);
  await axeCheck(page, finalUrl, role, 'light');
  if (dark) {
    await page.emulateMedia({ colorScheme: 'dark' });
    await axeCheck(page, finalUrl, role, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
  }
  return finalUrl;
}

async function links(page) {
  return page.evaluate(() => {
    // Downloads (a CSV export) are files, not pages.
    const found = [...document.querySelectorAll('a[href]:not([download])')].map((a) => a.href);
    for (const form of document.querySelectorAll('form')) {
      if ((form.getAttribute('method') || 'get').toLowerCase() !== 'get') continue;
      const url = new URL(form.getAttribute('action') || '', location.href);
      for (const el of form.elements) {
        if (!el.name) continue;
        if (el.type === 'search' || (el.type === 'text' && !el.value)) url.searchParams.set(el.name, el.value || 'shirt');
        else if (el.tagName === 'SELECT') url.searchParams.set(el.name, el.value);
        else if (el.type !== 'submit' && el.type !== 'button' && (el.type !== 'checkbox' || el.checked)) url.searchParams.set(el.name, el.value);
      }
      found.push(url.href);
    }
    return found;
  });
}

async function screenshot(page, name, url) {
  for (const [label, size, scheme] of [['1280', DESKTOP, 'light'], ['390', PHOTO_PHONE, 'light'], ['390-dark', PHOTO_PHONE, 'dark']]) {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    // Whole pages, up to a height Chromium can always capture in one piece.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const clip = { x: 0, y: 0, width: size.width, height: Math.min(height, 6000) };
    await page.screenshot({ path: join(shotDir, `${name}-${label}.png`), fullPage: true, clip });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(PHONE);
}

const browser = await launch();
let visited = 0;
try {
  for (const account of roles) {
    const context = await browser.newContext({ viewport: PHONE, ...(locale ? { locale } : {}) });
    // Nothing may leave the machine: any request to another host is recorded and stopped.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      report(route.request().frame()?.url() || '?', account.role, 'offsite', `request to another host: ${url}`);
      return route.abort();
    });
    const page = await context.newPage();
    if (account.login) await signIn(page, account.login, account.password);

    const seen = new Set();
    const perPattern = new Map();
    const queue = [`${base}/`, ...starts.map((path) => `${base}${path}`)];
    let count = 0;
    while (queue.length && count < MAX_PAGES_PER_ROLE) {
      const url = queue.shift();
      const key = new URL(url);
      key.hash = '';
      key.searchParams.delete('notice');
      if (seen.has(key.href)) continue;
      seen.add(key.href);
      const p = pattern(key.href);
      const already = perPattern.get(p) || 0;
      if (already >= PER_PATTERN) continue;
      perPattern.set(p, already + 1);
      patterns.add(p);
      const landed = await check(page, key.href, account.role, { dark: already === 0 });
      count += 1;
      if (!landed) continue;
      for (const [name, wanted] of Object.entries(SCREENSHOTS)) {
        if (!photographed.has(name) && pattern(landed) === wanted) {
          photographed.add(name);
          await screenshot(page, name, landed);
        }
      }
      for (const href of await links(page)) if (sameSite(href)) queue.push(href);
    }
    // The error pages, for every role.
    await check(page, `${base}/this-page-does-not-exist`, account.role, { expectStatus: 404 });
    if (account.role !== 'admin') {
      if (account.login) await check(page, `${base}/admin`, account.role, { expectStatus: 403 });
      else await check(page, `${base}/admin`, account.role); // a visitor is sent to sign in
    }
    visited += count + 2;
    console.log(`${account.role}: ${count} pages crawled`);
    await context.close();
  }
} finally {
  await browser.close();
}

// The Nu HTML Checker, once over every page collected.
if (documents.length) {
  const out = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...documents.map((d) => d.file)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
  const parsed = JSON.parse(out || '{"messages":[]}');
  for (const m of parsed.messages) {
    const file = decodeURIComponent(new URL(m.url || 'file:///').pathname);
    const doc = documents.find((d) => d.file === file || file.endsWith(d.file));
    report(doc?.url || m.url, doc?.role || '?', 'html', `line ${m.lastLine}: ${m.message}`);
  }
}

console.log(`gate: ${visited} pages visited, ${patterns.size} route patterns, ${documents.length} documents validated`);
console.log(`gate: screenshots in ${shotDir} (${[...photographed].join(', ') || 'none'})`);
if (failures.length) {
  const seenLines = new Set();
  for (const f of failures) {
    const line = `${f.url} [${f.role}] ${f.checker}: ${f.message}`;
    if (!seenLines.has(line)) console.error(`FAIL ${line}`);
    seenLines.add(line);
  }
  console.error(`gate: ${seenLines.size} problems`);
  process.exit(1);
}
console.log('gate: every page passed');
