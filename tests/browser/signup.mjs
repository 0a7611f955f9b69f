// Drives the real sign-up, sign-out and sign-in forms in Chromium against a running
// Parlour at the URL given as the first argument. Exits non-zero with a message on the
// first thing that is not as a person would expect.
import { launch, expect, fail } from './lib.mjs';

const base = process.argv[2];
if (!base) fail('usage: node signup.mjs BASE_URL');
const origin = new URL(base).origin;

const browser = await launch();
try {
  const page = await (await browser.newContext()).newPage();
  const offsite = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) offsite.push(request.url());
  });

  // Sign up with a password that is too short: the form comes back with the message
  // beside the field and the username kept.
  await page.goto(`${base}/signup`);
  await page.fill('#username', 'browser_bea');
  await page.fill('#email', 'bea@example.com');
  await page.fill('#password', 'short');
  await page.click('button[type=submit]:has-text("Create account")');
  expect((await page.textContent('#password-error'))?.includes('at least 10 characters'),
    'a short password did not show the length message beside the field');
  expect(await page.inputValue('#username') === 'browser_bea', 'the username was not kept');
  expect(await page.inputValue('#password') === '', 'the password was sent back');

  // Now a good one: signed in, welcomed, name in the header.
  await page.fill('#password', 'velvet-harbour-compass-31');
  await page.click('button[type=submit]:has-text("Create account")');
  expect(new URL(page.url()).pathname === '/', `after sign-up the browser is at ${page.url()}`);
  expect((await page.textContent('.notice'))?.includes('Welcome'), 'no welcome notice');
  expect(await page.isVisible('.account-nav >> text=browser_bea'), 'the username is not in the header');

  // Sign out with the header's button.
  await page.click('.account-nav button:has-text("Sign out")');
  expect((await page.textContent('.notice'))?.includes('signed out'), 'no signed-out notice');
  expect(await page.isVisible('.account-nav >> text=Sign in'), 'the header still shows a member');

  // A wrong password: one message that does not say which part was wrong.
  await page.click('.account-nav >> text=Sign in');
  await page.fill('#login', 'browser_bea');
  await page.fill('#password', 'velvet-harbour-compass-32');
  await page.click('button[type=submit]:has-text("Sign in")');
  expect((await page.textContent('#login-error'))?.includes('do not match'), 'no sign-in failure message');

  // Sign in by e-mail address, in another case.
  await page.fill('#login', 'BEA@example.com');
  await page.fill('#password', 'velvet-harbour-compass-31');
  await page.click('button[type=submit]:has-text("Sign in")');
  expect((await page.textContent('.notice'))?.includes('signed in'), 'no signed-in notice');
  expect(await page.isVisible('.account-nav >> text=browser_bea'), 'not signed in after the form');

  const cookies = await page.context().cookies();
  expect(cookies.length === 1 && cookies[0].name === 'parlour_session' && cookies[0].httpOnly,
    `expected one HttpOnly session cookie, got ${JSON.stringify(cookies.map((c) => c.name))}`);
  expect(offsite.length === 0, `requests to other hosts: ${offsite.join(', ')}`);
  console.log('browser sign-up and sign-in: ok');
} finally {
  await browser.close();
}
