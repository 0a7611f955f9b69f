// Signs in with a provider in Chromium: the shop's button on Parlour's sign-in page, the
// provider's own login and consent pages (tests/oidc/provider.mjs), Parlour's welcome page,
// and back on Parlour signed in; then signs out and is offered the provider's sign-out.
// Arguments: Parlour's URL, the provider's URL. Exits non-zero on the first surprise.
import { launch, expect, fail } from './lib.mjs';

const base = process.argv[2];
const issuer = process.argv[3];
if (!base || !issuer) fail('usage: node sign_in.mjs BASE_URL ISSUER_URL');
const allowed = [new URL(base).origin, new URL(issuer).origin];

const browser = await launch();
try {
  const context = await browser.newContext();
  // Nothing leaves the machine: the provider's development pages ask for web fonts, which
  // are stopped here. Parlour's own pages must ask for nothing elsewhere at all.
  const elsewhere = [];
  await context.route('**/*', (route) => {
    const request = route.request();
    if (allowed.includes(new URL(request.url()).origin)) return route.continue();
    const from = request.frame()?.url() ?? '';
    if (from.startsWith(base)) elsewhere.push(request.url());
    return route.abort();
  });
  const page = await context.newPage();
  const blocked = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) blocked.push(message.text());
  });

  await page.goto(`${base}/login`);
  await page.click('button:has-text("Sign in with your Harlow & Co account")');
  await page.waitForURL((url) => url.origin === new URL(issuer).origin);
  // The provider's login page, then its consent page.
  await page.fill('input[name=login]', 'tom');
  await page.fill('input[name=password]', 'anything');
  await page.click('button[type=submit]');
  await page.waitForSelector('input[name=prompt][value=consent]', { state: 'attached' });
  await page.click('button[type=submit]');
  await page.waitForURL(`${base}/auth/welcome`);
  expect(await page.inputValue('#username') === 'tom', 'the provider\'s name was not proposed');
  await page.click('button:has-text("Join")');
  // A new member is asked for their interests once; they may skip it.
  await page.waitForURL((url) => url.pathname === '/account/interests');
  expect((await page.textContent('h1'))?.includes('What interests you'), 'the interests were not offered');
  await page.click('a:has-text("Skip for now")');
  await page.waitForURL((url) => url.pathname === '/');
  expect((await page.textContent('body'))?.includes('tom'), 'not signed in as tom after joining');

  await page.goto(`${base}/account/security`);
  expect((await page.textContent('#providers-heading')) !== null, 'no linked accounts section');
  await page.click('form[action="/logout"] button');
  await page.waitForURL((url) => url.pathname === '/signed-out');
  const link = await page.getAttribute('a:has-text("Sign out of Harlow & Co too")', 'href');
  expect(link?.startsWith(`${issuer}/session/end?`), `no provider sign-out link: ${link}`);

  expect(blocked.length === 0, `the page's policy blocked something: ${blocked.join('; ')}`);
  expect(elsewhere.length === 0, `requests to other hosts: ${elsewhere.join(', ')}`);
  console.log('signed in with the provider in Chromium');
} finally {
  await browser.close();
}
