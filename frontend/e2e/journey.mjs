// The user journey against the real backend, in Debian's Chromium driven by playwright-core:
// the department (tuyengiao) imports a plan from its text as a draft, creates and publishes a plan;
// a cell secretary (chibo.kp1) files the report on a 375 px phone; the department accepts it, sees
// the completion rate move, and exports XLSX.
//   BASE_URL        the running app (default http://localhost:8080)
//   SCREENSHOT_DIR  where screenshots go (default e2e/screenshots)
//   CHROMIUM        the browser (default /usr/bin/chromium)
import { chromium } from 'playwright-core'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { memberSteps } from './members.mjs'
import { offlineSteps } from './offline.mjs'
import { planImportSteps } from './plan-import.mjs'
import { restructureJourney } from './restructure.mjs'
import { officeJourney } from './office.mjs'

const base = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const shots = process.env.SCREENSHOT_DIR ?? 'e2e/screenshots'
const password = process.env.E2E_PASSWORD ?? 'tiendo123'
// the default admin/admin must choose a new password at first sign-in; the journey sets this one (e2e.sh checks the log with it)
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'admin-e2e-doi-mat-khau'
mkdirSync(shots, { recursive: true })
const userDataDir = mkdtempSync(join(tmpdir(), 'tiendo-chromium-'))
const downloads = mkdtempSync(join(tmpdir(), 'tiendo-downloads-'))

const DESKTOP = { width: 1366, height: 900 }
const PHONE = { width: 375, height: 812 }
const stamp = Date.now().toString(36).toUpperCase()
const planNumber = `E2E-${stamp}/KH`
const planTitle = `Kế hoạch kiểm thử ${stamp}: học tập Nghị quyết`
const state = {}

const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  acceptDownloads: true,
  downloadsPath: downloads,
  viewport: DESKTOP,
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
context.setDefaultTimeout(15_000)
const page = context.pages()[0] ?? (await context.newPage())
const consoleErrors = []
page.on('pageerror', (e) => consoleErrors.push(String(e)))

async function noGarbage(where) {
  const text = await page.locator('body').innerText()
  for (const bad of ['undefined', 'NaN', 'Invalid Date', 'Invalid date']) {
    if (text.includes(bad)) throw new Error(`${where}: page shows "${bad}"`)
  }
  const iso = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.exec(text)
  if (iso) throw new Error(`${where}: page shows a raw ISO timestamp ${iso[0]}`)
}

/** Waits until no request is in flight and the UI has painted the result. */
async function settle() {
  await page.waitForLoadState('networkidle').catch(() => {})
  await page.waitForTimeout(400)
}

async function login(username, pw = password) {
  await page.goto(`${base}/login`)
  // a session from the previous user is ended through the UI first (the login screen sends a signed-in user on,
  // a moment after the page has loaded)
  const field = page.getByLabel('Tên đăng nhập')
  const menu = page.getByTestId('user-menu')
  await field.or(menu).first().waitFor()
  if (await menu.isVisible()) await logout()
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(pw)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL((u) => !u.pathname.startsWith('/login'))
  await page.getByTestId('user-menu').waitFor()
}

async function logout() {
  await page.getByTestId('user-menu').click()
  await page.getByRole('menuitem', { name: /Đăng xuất/ }).click()
  await page.waitForURL(/\/login/)
}

async function pickOption(label, option) {
  await page.getByLabel(label, { exact: true }).click()
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click()
  await page.keyboard.press('Escape')
}

async function completionCount() {
  const el = page.getByTestId('card-completion-count')
  await el.waitFor()
  const [done, total] = (await el.innerText()).split('/').map((s) => Number(s.trim()))
  return { done, total, rate: await page.getByTestId('card-completion-rate').innerText() }
}

const steps = [
  [
    'department signs in and sees who they are',
    async () => {
      await page.setViewportSize(DESKTOP)
      await login('tuyengiao')
      const who = await page.getByTestId('user-menu').innerText()
      if (!/Cán bộ tổng hợp/.test(who)) throw new Error(`header shows no role: ${who}`)
      if (!/Đà Nẵng/.test(who)) throw new Error(`header shows no organisation: ${who}`)
    },
  ],
  [
    'session survives a reload',
    { critical: false },
    async () => {
      await page.reload()
      await page.getByTestId('user-menu').waitFor()
      if (page.url().includes('/login')) throw new Error('reload lost the session')
    },
  ],
  [
    'the access token lives in memory only; a reload renews it from the refresh cookie, without the login screen',
    { critical: false },
    async () => {
      const cookie = (await context.cookies(`${base}/api/v1/auth/refresh`)).find((c) => c.name === 'tiendo_refresh')
      if (!cookie?.httpOnly || !cookie.secure || cookie.sameSite !== 'Strict')
        throw new Error(`refresh cookie: ${JSON.stringify(cookie && { ...cookie, value: '…' })}`)
      const stored = await page.evaluate(() => localStorage.getItem('tiendo.session'))
      if (!stored || stored.includes('eyJ')) throw new Error(`localStorage holds a token: ${stored?.slice(0, 60)}`)
      const [refresh] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/refresh')),
        page.reload(),
      ])
      if (refresh.status() !== 200) throw new Error(`refresh answered ${refresh.status()}`)
      await page.getByTestId('user-menu').waitFor()
      await settle()
      if (page.url().includes('/login')) throw new Error('sent to the login screen')
    },
  ],
  [
    'department imports a plan from pasted text and saves it as a draft',
    { critical: false },
    async () => {
      await page.setViewportSize(DESKTOP)
      await page.goto(`${base}/plans`)
      await page.getByRole('button', { name: /Nhập từ văn bản/ }).click()
      await page.waitForURL(/\/plans\/import$/)
      const text = readFileSync(new URL('./fixtures/tam-ky-plan-2020.txt', import.meta.url), 'utf8')
      await page.getByLabel('Văn bản kế hoạch').fill(text)
      await page.getByRole('button', { name: 'Đọc văn bản' }).click()
      await page.getByTestId('source-text').waitFor()
      const deadlines = page.getByLabel('Hoàn thành trước ngày', { exact: true })
      await deadlines.nth(2).waitFor()
      if ((await deadlines.count()) !== 3) throw new Error(`${await deadlines.count()} tiers read, expected 3`)
      for (const i of [0, 1]) {
        const v = await deadlines.nth(i).inputValue()
        if (v !== '31/10/2020') throw new Error(`tier ${i + 1} deadline reads ${v}, expected 31/10/2020`)
      }
      const mark = page.locator('mark[data-keys~="tiers[1].deadline"]')
      if ((await mark.innerText()).trim() !== '31/10/2020') throw new Error('the deadline is not highlighted')
      // the reader found no number: it is asked for
      await page.getByText('Vui lòng nhập số hiệu').waitFor()
      await mark.click()
      await page.waitForFunction(() => document.activeElement?.id === 'tiers_1_deadline')
      await page.evaluate(() => {
        document.activeElement?.blur()
        window.scrollTo(0, 0)
      })
      await settle()
      await noGarbage('plan import')
      await page.screenshot({ path: join(shots, 'plan-import.png'), fullPage: true })
      await page.setViewportSize(PHONE)
      await settle()
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > PHONE.width) throw new Error(`plan import overflows the phone: ${width}px wide`)
      await page.screenshot({ path: join(shots, 'plan-import-375.png'), fullPage: true })
      await page.setViewportSize(DESKTOP)
      state.importNumber = `${planNumber}-NHAP`
      await page.getByLabel('Số hiệu').fill(state.importNumber)
      // the text names Thành ủy Tam Kỳ, which is not in the demo's tree: the issuer is left empty and asked for
      await page.getByLabel('Cơ quan ban hành', { exact: true }).click()
      await page.keyboard.type('Thanh uy Da Nang')
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Thành ủy Đà Nẵng' })
        .first()
        .click()
      await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
      await page.waitForURL(/\/plans\/\d+$/)
      await page.getByText(state.importNumber).first().waitFor()
      await page.getByText('31/10/2020').first().waitFor()
      await page.goto(`${base}/plans?status=DRAFT&q=${encodeURIComponent(state.importNumber)}`)
      await page.locator('tr', { hasText: state.importNumber }).first().waitFor()
      await noGarbage('plan list')
    },
  ],
  ...planImportSteps({ page, base, shots, settle, noGarbage, DESKTOP }),
  [
    'department creates a draft plan with a tier for the cells',
    async () => {
      await page.goto(`${base}/plans/new`)
      await page.getByLabel('Số hiệu').fill(planNumber)
      await page.getByLabel('Tên kế hoạch').fill(planTitle)
      await page.getByLabel('Nghị quyết').fill('Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII')
      await page.getByLabel('Tên đối tượng').fill('Chi bộ trực thuộc')
      await pickOption('Cấp áp dụng', 'Chi bộ')
      const deadline = page.getByLabel('Hoàn thành trước ngày')
      await deadline.click()
      await deadline.fill('31/12/2099')
      await deadline.press('Tab')
      await page.getByRole('button', { name: /Lưu/ }).click()
      await page.waitForURL(/\/plans\/\d+$/)
      state.planId = Number(new URL(page.url()).pathname.split('/').pop())
      await page.getByText(planNumber).first().waitFor()
      await page.getByText('31/12/2099').waitFor()
      await noGarbage('plan detail')
    },
  ],
  [
    'department publishes it after seeing how many assignments it makes',
    async () => {
      await page.getByRole('button', { name: /Ban hành/ }).click()
      const dialog = page.getByRole('dialog')
      const body = await dialog.getByText(/Ban hành sẽ giao \d+ nhiệm vụ/).innerText()
      state.expected = Number(/giao (\d+)/.exec(body)[1])
      if (!(state.expected > 0)) throw new Error(`publish would create ${state.expected} assignments`)
      await dialog.getByRole('button', { name: /Ban hành/ }).click()
      await page.getByText(`Đã ban hành, giao ${state.expected} nhiệm vụ`).waitFor()
      await page.getByText('Đã ban hành', { exact: true }).first().waitFor()
    },
  ],
  [
    'dashboard shows the new plan with nothing completed',
    { critical: false },
    async () => {
      await page.goto(`${base}/dashboard?plan=${state.planId}`)
      const c = await completionCount()
      if (c.total !== state.expected || c.done !== 0)
        throw new Error(`completion ${c.done}/${c.total}, expected 0/${state.expected}`)
      state.before = c
    },
  ],
  ...memberSteps({ page, base, state, shots, login, logout, settle, noGarbage, password, PHONE, DESKTOP }),
  [
    'reporter files the report on a 375 px phone',
    async () => {
      await logout()
      await page.setViewportSize(PHONE)
      await login('chibo.kp1')
      await page.goto(`${base}/my-work`)
      const card = page.locator('[data-testid^="assignment-"]', { hasText: planNumber })
      await card.waitFor()
      await card.getByText(/Còn \d+ ngày/).waitFor()
      await settle()
      await noGarbage('my work')
      await page.screenshot({ path: join(shots, 'my-work-375.png'), fullPage: true })
      await card.getByRole('button', { name: /Báo cáo kết quả/ }).click()
      await page.waitForURL(/\/my-work\/\d+$/)
      const form = page.getByTestId('report-form')
      await form.waitFor()
      // with a roster (e2e/members.mjs) the head counts come from the attendance: shown, not typed
      if (!(await page.getByTestId('report-roster-figures').count())) {
        const expected = Number(await page.getByLabel('Số phải dự').inputValue()) || 20
        if (!(await page.getByLabel('Số phải dự').inputValue()))
          await page.getByLabel('Số phải dự').fill(String(expected))
        await page.getByLabel('Số dự', { exact: true }).fill(String(Math.max(0, expected - 1)))
        await page.getByLabel('Số bài thu hoạch').fill(String(Math.max(0, expected - 2)))
      }
      await page.getByRole('switch').click()
      await page.getByLabel('Số, ký hiệu chương trình hành động').fill('01-CTr/CB')
      await page.getByLabel('Ghi chú').fill('Hội nghị nghiêm túc, đầy đủ.')
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > PHONE.width) throw new Error(`report form overflows the phone: ${width}px wide`)
      await settle()
      await noGarbage('report form')
      await page.screenshot({ path: join(shots, 'report-form-375.png'), fullPage: true })
      await page.getByRole('button', { name: /Gửi báo cáo/ }).click()
      await page.getByText('Đã gửi báo cáo').waitFor()
      await page.getByText('Chờ duyệt').first().waitFor()
    },
  ],
  ...offlineSteps({ page, context, base, password, login, settle, noGarbage, shots }),
  [
    'department accepts the report from the review queue',
    async () => {
      await logout()
      await page.setViewportSize(DESKTOP)
      await login('tuyengiao')
      // the cell's report is decided by its ward committee (bithu.anmy): for the province it lies deeper
      await page.goto(`${base}/review?plan=${state.planId}&level=deeper`)
      const row = page.locator('tr', { hasText: planNumber }).first()
      await row.waitFor()
      await settle()
      await noGarbage('review queue')
      await page.screenshot({ path: join(shots, 'review.png'), fullPage: true })
      await row.getByRole('button', { name: /Duyệt/ }).click()
      await page.getByText(/Đã duyệt báo cáo của/).waitFor()
    },
  ],
  [
    'the completion rate moves on the dashboard',
    { critical: false },
    async () => {
      await page.goto(`${base}/dashboard?plan=${state.planId}`)
      const c = await completionCount()
      if (!state.before) throw new Error('no completion figure from before the report')
      if (c.done !== state.before.done + 1)
        throw new Error(`completion ${c.done}/${c.total} after accepting, was ${state.before.done}`)
      if (c.rate === state.before.rate) throw new Error(`rate did not change: ${c.rate}`)
      await page.getByTestId('timeline-chart').waitFor()
      await noGarbage('dashboard')
    },
  ],
  [
    'dashboard drills down and back up through the breadcrumb',
    { critical: false },
    async () => {
      const rows = page.locator('.ant-table-row.clickable-row')
      if ((await rows.count()) > 0) {
        const name = (await rows.first().locator('a').first().innerText()).trim()
        await rows.first().click()
        await page.waitForURL(/org=\d+/)
        await page.getByTestId('org-breadcrumb').getByText(name).waitFor()
        await page.getByTestId('org-breadcrumb').locator('a').first().click()
        await page.waitForURL((u) => !u.searchParams.has('org'))
        await page.getByTestId('org-breadcrumb').getByText(name).waitFor({ state: 'detached' })
      }
      await page.goto(`${base}/dashboard?plan=${state.planId}`)
      await page.getByTestId('card-completion-count').waitFor()
      await settle()
      await page.screenshot({ path: join(shots, 'dashboard.png'), fullPage: true })
    },
  ],
  [
    'dashboard of the demo plan, for the README',
    { critical: false },
    async () => {
      await page.getByTestId('plan-picker').click()
      await page.keyboard.type('01-KH/TU')
      const demo = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '01-KH/TU' })
      if ((await demo.count()) === 0) return // no demo data in this database
      await demo.first().click()
      await page.getByTestId('card-completion-count').waitFor()
      await settle()
      await page.evaluate(() => document.activeElement?.blur())
      await noGarbage('demo dashboard')
      await page.screenshot({ path: join(shots, 'dashboard-demo.png'), fullPage: true })
    },
  ],
  [
    'department exports the progress as XLSX',
    { critical: false },
    async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()])
      const name = download.suggestedFilename()
      if (!name.endsWith('.xlsx')) throw new Error(`download is named ${name}`)
      const file = join(downloads, name)
      await download.saveAs(file)
      const bytes = readFileSync(file)
      if (statSync(file).size < 100 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
        throw new Error('download is not an xlsx (zip) file')
      state.xlsx = `${name} (${bytes.length} bytes)`
    },
  ],
  [
    'department opens the chase list from the dashboard and reminds the late organisations',
    { critical: false },
    async () => {
      const [late] = await Promise.all([
        page.waitForResponse((r) => /\/api\/v1\/plans\/\d+\/late\?/.test(r.url()) && r.request().method() === 'GET'),
        page.getByTestId('open-chase').click(),
      ])
      await page.waitForURL(/\/dashboard\/late\?plan=/)
      if (late.status() === 404 && /\/late$/.test((await late.json().catch(() => ({})))?.instance ?? '')) return // older backend
      await page.locator('.ant-table-row').first().waitFor()
      await settle()
      await noGarbage('chase list')
      await page.screenshot({ path: join(shots, 'chase-list.png'), fullPage: true })
      await page.getByTestId('remind').click()
      await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Nhắc nhở' }).click()
      await page.getByText(/Đã nhắc nhở \d+ nhiệm vụ/).waitFor()
      await settle()
      await page.setViewportSize(PHONE)
      await settle()
      await noGarbage('chase list on a phone')
      await page.screenshot({ path: join(shots, 'chase-list-phone.png'), fullPage: true })
      await page.setViewportSize(DESKTOP)
    },
  ],
  [
    'office: axe on every screen at 1366/375, ward committee, summary heading, first sign-in, users',
    { critical: false },
    () => officeJourney({ page, base, login, logout, settle, password, state, adminPassword: ADMIN_PASSWORD }),
  ],
  [
    'department merges two wards with the restructuring wizard',
    { critical: false },
    () => restructureJourney({ page, base, login, shots, stamp, password, settle }),
  ],
  [
    'signing out returns to the login screen, revokes the refresh cookie, and deep links come back after login',
    async () => {
      const [out] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/logout')), logout()])
      if (out.status() !== 204) throw new Error(`logout answered ${out.status()}`)
      if ((await context.cookies(`${base}/api/v1/auth/refresh`)).some((c) => c.name === 'tiendo_refresh'))
        throw new Error('the refresh cookie outlived the logout')
      await page.goto(`${base}/plans/${state.planId}`)
      await page.waitForURL(/\/login\?next=/)
      await page.getByLabel('Tên đăng nhập').fill('tuyengiao')
      await page.getByLabel('Mật khẩu').fill(password)
      await page.getByRole('button', { name: 'Đăng nhập' }).click()
      await page.waitForURL(new RegExp(`/plans/${state.planId}$`))
      await page.getByText(planNumber).first().waitFor()
    },
  ],
]

let passed = 0
let failed = 0
let broken = false
for (const step of steps) {
  const [name, opts, run] = typeof step[1] === 'function' ? [step[0], { critical: true }, step[1]] : step
  if (broken) {
    console.log(`  - skipped: ${name}`)
    failed++
    continue
  }
  const t0 = Date.now()
  try {
    await run()
    passed++
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`)
  } catch (e) {
    failed++
    broken = opts.critical
    console.log(
      `  ✗ ${name}\n    ${String(e?.message ?? e)
        .split('\n')
        .slice(0, 6)
        .join('\n    ')}`,
    )
    await page.screenshot({ path: join(shots, `failure-${passed + failed}.png`), fullPage: true }).catch(() => {})
  }
}
if (consoleErrors.length) console.log(`page errors:\n  ${consoleErrors.slice(0, 5).join('\n  ')}`)
if (state.xlsx) console.log(`exported ${state.xlsx}`)
console.log(`screenshots in ${shots}`)
await context.close()
rmSync(userDataDir, { recursive: true, force: true })
rmSync(downloads, { recursive: true, force: true })
console.log(`e2e: ${passed} passed, ${failed} failed`)
process.exitCode = failed ? 1 : 0
