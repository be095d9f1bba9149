import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3199';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
await page.goto(base + '/sign-in');
await page.getByLabel('Email address').fill('edi.lead@belonging.test');
await page.getByLabel('Password').fill('belonging-demo');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByRole('button', { name: 'Sign out' }).waitFor();
for (const path of process.argv[2].split(',')) {
  await page.goto(base + path);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/adm/shot${path.replace(/[^a-z0-9]+/gi, '_')}.png`, fullPage: true });
}
console.log('errors', errors);
await browser.close();
