// Renders the app icons (public/icons/*.png) from the favicon's mark in Debian's Chromium, so they stay one design:
//   node scripts/icons.mjs      (needs /usr/bin/chromium; the PNGs are committed, the build does not run this)
// "any" icons have rounded corners; the maskable one fills the square and keeps the mark inside the 80 % safe zone.
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'

const mark = (inset) =>
  `<path transform="translate(${inset} ${inset}) scale(${(32 - 2 * inset) / 32})" d="M8 22 L14 14 L18 18 L24 9" stroke="#ffd700" stroke-width="3" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`
const svg = (maskable) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="100%" height="100%">` +
  `<rect width="32" height="32" rx="${maskable ? 0 : 6}" fill="#c8102e"/>${mark(maskable ? 4 : 0)}</svg>`

const icons = [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon-180.png', 180, true],
]
const out = new URL('../public/icons/', import.meta.url)
mkdirSync(out, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
})
const page = await browser.newPage()
for (const [name, size, maskable] of icons) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg(maskable)}</body></html>`.replace(
      '<svg ',
      `<svg style="display:block;width:${size}px;height:${size}px" `,
    ),
  )
  await page.screenshot({ path: new URL(name, out).pathname, omitBackground: true })
  console.log(`public/icons/${name}`)
}
await browser.close()
