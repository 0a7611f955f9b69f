// The README's screenshots: the front page, an article, a question with several answers,
// the ideas board, the moderation queue and the dashboard, at 1280 px and at 390 px (light
// and dark), of a running demo community.
//
//   node screenshots.mjs BASE_URL OUTPUT_DIR PASSWORD
// Signs in as the demo moderator and admin for the pages only they see. Each picture is
// the top of the page (up to 2,400 px), as JPEG to keep the repository small.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fail, launch } from './lib.mjs';

const [base, outDir, password] = process.argv.slice(2);
if (!base || !outDir || !password) fail('usage: node screenshots.mjs BASE_URL OUTPUT_DIR PASSWORD');
mkdirSync(outDir, { recursive: true });

const PAGES = [
  ['front-page', '/', null],
  ['article', '/blog/how-a-shirt-should-fit-the-five-point-check', null],
  ['question', '/experts/questions/1', null],
  ['ideas', '/ideas', null],
  ['moderation-queue', '/mod', 'priya'],
  ['dashboard', '/admin', 'admin'],
];
const SIZES = [
  ['1280', { width: 1280, height: 900 }, 'light'],
  ['390', { width: 390, height: 844 }, 'light'],
  ['390-dark', { width: 390, height: 844 }, 'dark'],
];

const browser = await launch();
try {
  for (const [name, path, login] of PAGES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (login) {
      await page.goto(`${base}/login`);
      await page.fill('#login', login);
      await page.fill('#password', password);
      await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
    }
    for (const [label, size, scheme] of SIZES) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(`${base}${path}`);
      if (!response || response.status() !== 200) fail(`${path} as ${login || 'visitor'}: ${response?.status()}`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const file = join(outDir, `${name}-${label}.jpg`);
      await page.screenshot({
        path: file,
        type: 'jpeg',
        quality: 80,
        fullPage: true,
        clip: { x: 0, y: 0, width: size.width, height: Math.min(height, 2400) },
      });
      console.log(`screenshot: ${file}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
