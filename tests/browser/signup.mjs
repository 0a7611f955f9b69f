// Drives the real sign-up, confirmation, sign-out, sign-in and forgotten-password forms in
// Chromium against a running Parlour at the URL given as the first argument, reading the
// mail it sends from the folder where the test's SMTP server keeps it (second argument).
// Exits non-zero with a message on the first thing that is not as a person would expect.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, expect, fail } from './lib.mjs';

const base = process.argv[2];
const mailFolder = process.argv[3];
if (!base || !mailFolder) fail('usage: node signup.mjs BASE_URL MAIL_FOLDER');
const origin = new URL(base).origin;

/** The nth message to `address` (from 1), waiting up to ten seconds for it. */
async function mailTo(address, nth) {
  for (let tries = 0; tries < 200; tries += 1) {
    const mail = readdirSync(mailFolder)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => JSON.parse(readFileSync(join(mailFolder, name), 'utf8')))
      .filter((m) => m.envelope_to.includes(address));
    if (mail.length >= nth) return mail[nth - 1];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return fail(`no message ${nth} to ${address}`);
}

/** The link in a message's plain text that starts with `path`. */
function linkIn(mail, path) {
  const found = mail.text.split(/\s+/).find((word) => word.startsWith(`${base}${path}`));
  if (!found) fail(`no ${path} link in: ${mail.text}`);
  return found;
}

/**
 * Whether `selector` is shown within five seconds: after a form's redirect the next page
 * may still be loading when the click returns, so a check made at once can see the old one.
 */
function shows(page, selector) {
  return page.waitForSelector(selector, { state: 'visible', timeout: 5000 }).then(() => true, () => false);
}

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

  // Now a good one: "check your e-mail", and the link in the mail confirms the address.
  await page.fill('#password', 'velvet-harbour-compass-31');
  await page.click('button[type=submit]:has-text("Create account")');
  expect((await page.textContent('h1'))?.includes('Check your e-mail'), 'no "check your e-mail" page');
  const welcome = await mailTo('bea@example.com', 1);
  await page.goto(linkIn(welcome, '/account/confirm/'));
  await page.click('button[type=submit]:has-text("Confirm my address")');
  expect((await page.textContent('.notice'))?.includes('confirmed'), 'no "confirmed" notice');

  // Signing in from there: name in the header.
  await page.fill('#login', 'browser_bea');
  await page.fill('#password', 'velvet-harbour-compass-31');
  await page.click('button[type=submit]:has-text("Sign in")');
  expect(await shows(page, '.account-nav >> text=browser_bea'), 'the username is not in the header');

  // Sign out with the header's button.
  await page.click('.account-nav button:has-text("Sign out")');
  expect((await page.textContent('.notice'))?.includes('signed out'), 'no signed-out notice');
  expect(await shows(page, '.account-nav >> text=Sign in'), 'the header still shows a member');

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
  expect(await shows(page, '.account-nav >> text=browser_bea'), 'not signed in after the form');

  // Forgotten password: the mail's link, a new password, and signed in with it.
  await page.click('.account-nav button:has-text("Sign out")');
  await page.goto(`${base}/login`);
  await page.click('text=Forgot your password?');
  await page.fill('#email', 'bea@example.com');
  await page.click('button[type=submit]:has-text("Send me a link")');
  expect((await page.textContent('h1'))?.includes('Check your e-mail'), 'no "check your e-mail" page after the reset request');
  const reset = await mailTo('bea@example.com', 2);
  expect(reset.subject === 'Choose a new password', `the second mail is "${reset.subject}"`);
  await page.goto(linkIn(reset, '/password/reset/'));
  await page.fill('#password', 'saffron-lantern-orchard-58');
  await page.click('button[type=submit]:has-text("Set my new password")');
  expect((await page.textContent('.notice'))?.includes('new password is set'), 'no "new password" notice');
  expect(await shows(page, '.account-nav >> text=browser_bea'), 'not signed in after the new password');
  const told = await mailTo('bea@example.com', 3);
  expect(told.subject === 'Your password was changed', `the third mail is "${told.subject}"`);

  const cookies = await page.context().cookies();
  expect(cookies.length === 1 && cookies[0].name === 'parlour_session' && cookies[0].httpOnly,
    `expected one HttpOnly session cookie, got ${JSON.stringify(cookies.map((c) => c.name))}`);
  expect(offsite.length === 0, `requests to other hosts: ${offsite.join(', ')}`);
  console.log('browser sign-up, confirmation, sign-in and password reset: ok');
} finally {
  await browser.close();
}
