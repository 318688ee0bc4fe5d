// Issue 17 in the browser: the app installs (manifest, service worker) and a cell secretary files a report on a
// 375 px phone with no network: after one online visit the deep link reloads offline with the data kept on the
// phone, the report waits in the outbox ("Đang chờ gửi"), and once the network is back it reaches the server
// exactly once. The plan it is filed against is made through the API, so this stands on its own.
import { join } from 'node:path'

const PHONE = { width: 375, height: 812 }

/** The API as a client outside the browser (to prepare the plan and to count what arrived). */
function apiClient(base) {
  const call = async (method, path, token, body) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await r.text()
    if (!r.ok) throw new Error(`${method} ${path} answered ${r.status}: ${text.slice(0, 300)}`)
    return text ? JSON.parse(text) : undefined
  }
  return {
    call,
    login: async (username, password) => call('POST', '/api/v1/auth/login', null, { username, password }),
  }
}

/**
 * The steps, for journey.mjs. `ctx`: { page, context, base, password, login, settle, noGarbage, shots, state }
 * where login(username) signs in through the UI.
 */
export function offlineSteps({ page, context, base, password, login, settle, noGarbage, shots }) {
  const api = apiClient(base)
  const my = {}

  return [
    [
      'the app installs: a manifest served as application/manifest+json and a service worker controlling the page',
      { critical: false },
      async () => {
        const html = await (await page.request.get(`${base}/`)).text()
        if (!/<link rel="manifest" href="\/manifest\.webmanifest"/.test(html))
          throw new Error('index.html links no manifest')
        const r = await page.request.get(`${base}/manifest.webmanifest`)
        const type = r.headers()['content-type'] ?? ''
        if (!type.startsWith('application/manifest+json')) throw new Error(`manifest served as "${type}"`)
        const m = await r.json()
        const sizes = (m.icons ?? []).map((i) => `${i.sizes}/${i.purpose ?? 'any'}`)
        for (const want of ['192x192/any', '512x512/any', '512x512/maskable'])
          if (!sizes.includes(want)) throw new Error(`manifest icons ${sizes.join(', ')} lack ${want}`)
        if (m.name !== 'Tiến độ' || m.display !== 'standalone' || !m.start_url || !m.theme_color)
          throw new Error(`manifest: ${JSON.stringify(m).slice(0, 300)}`)
        for (const i of m.icons) {
          const icon = await page.request.get(new URL(i.src, base).toString())
          if (icon.status() !== 200 || icon.headers()['content-type'] !== 'image/png')
            throw new Error(`icon ${i.src}: ${icon.status()} ${icon.headers()['content-type']}`)
        }
        const sw = await page.request.get(`${base}/sw.js`)
        if (!/no-cache/.test(sw.headers()['cache-control'] ?? ''))
          throw new Error(`sw.js cached as "${sw.headers()['cache-control']}"`)
      },
    ],
    [
      'a plan for the cell is published through the API',
      { critical: false },
      async () => {
        const dept = await api.login('tuyengiao', password)
        const cell = await api.login('chibo.kp1', password)
        const stamp = Date.now().toString(36).toUpperCase()
        my.planNumber = `OFF-${stamp}/KH`
        const plan = await api.call('POST', '/api/v1/plans', dept.accessToken, {
          number: my.planNumber,
          title: `Kế hoạch kiểm thử ngoại tuyến ${stamp}`,
          tiers: [{ name: 'Chi bộ khối phố 1', deadline: '2099-12-31', organizationIds: [cell.user.orgId] }],
        })
        const published = await api.call('POST', `/api/v1/plans/${plan.id}/publish`, dept.accessToken)
        if (published.assignmentsCreated !== 1)
          throw new Error(`publish made ${published.assignmentsCreated} assignments`)
        my.deptToken = dept.accessToken
      },
    ],
    [
      'offline on a 375 px phone: the deep link reloads with the kept data and a report is queued, then arrives once',
      { critical: false },
      async () => {
        if (!my.planNumber) throw new Error('no plan to file against (the previous step failed)')
        await page.setViewportSize(PHONE)
        // the cell secretary, signed in (the journey's previous step leaves them so)
        await page.goto(`${base}/my-work`)
        await page.getByTestId('user-menu').or(page.getByLabel('Tên đăng nhập')).first().waitFor()
        const who = await page.evaluate(
          () => JSON.parse(localStorage.getItem('tiendo.session') ?? '{}')?.user?.username,
        )
        if (who && who !== 'chibo.kp1') {
          await page.getByTestId('user-menu').click()
          await page.getByRole('menuitem', { name: /Đăng xuất/ }).click()
          await page.waitForURL(/\/login/)
        }
        if (who !== 'chibo.kp1') {
          await login('chibo.kp1')
          await page.goto(`${base}/my-work`)
        }
        // one online visit: my work, then the assignment
        const card = page.locator('[data-testid^="assignment-"]', { hasText: my.planNumber })
        await card.waitFor()
        await card.getByRole('button', { name: /Báo cáo kết quả/ }).click()
        await page.waitForURL(/\/my-work\/\d+$/)
        my.assignmentId = Number(new URL(page.url()).pathname.split('/').pop())
        await page.getByTestId('report-form').waitFor()
        // the service worker controls the page (from the second load on) and the cache has been written
        await page.evaluate(() => navigator.serviceWorker.ready)
        if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
          await page.reload()
          await page.getByTestId('report-form').waitFor()
        }
        await settle()
        await page.waitForTimeout(1500) // the persister writes at most once a second

        await context.setOffline(true)
        my.offline = true
        const reached = await page.evaluate(() =>
          fetch('/api/v1/me').then(
            () => 'reached',
            () => 'failed',
          ),
        )
        if (reached !== 'failed') throw new Error('the API is still reachable: not offline')
        await page.reload()
        await page.getByTestId('report-form').waitFor()
        await page.getByText(my.planNumber).first().waitFor()
        const age = await page.getByTestId('data-age').innerText()
        if (!/Dữ liệu lúc \d{2}:\d{2} \d{2}\/\d{2}/.test(age)) throw new Error(`no data age shown: ${age}`)
        await page.getByTestId('offline-tag').waitFor()

        await page.getByLabel('Ngày tổ chức').waitFor()
        // a cell with a roster (the members step imported one) reports the roster's figures: nothing to type
        const expected = page.getByLabel('Số phải dự')
        if (await expected.count()) {
          if (!(await expected.inputValue())) await expected.fill('20')
          const n = Number(await expected.inputValue())
          await page.getByLabel('Số dự', { exact: true }).fill(String(Math.max(0, n - 2)))
        }
        await page.getByLabel('Ghi chú').fill('Nộp khi mất sóng.')
        await page.getByRole('button', { name: /Gửi báo cáo/ }).click()
        await page.getByTestId('report-queued').waitFor()
        const status = (await page.getByTestId('outbox-status').getAttribute('aria-label')) ?? ''
        if (!/Đang chờ gửi \(1\)/.test(status)) throw new Error(`header shows "${status}"`)
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        if (width > PHONE.width) throw new Error(`the offline report page overflows the phone: ${width}px wide`)
        await noGarbage('offline report')
        await page.screenshot({ path: join(shots, 'offline-queued-375.png'), fullPage: true })

        // the network comes back: the outbox sends by itself
        await context.setOffline(false)
        my.offline = false
        await page.getByTestId('outbox-status').waitFor({ state: 'detached', timeout: 30_000 })
        await page.getByText('Chờ duyệt').first().waitFor({ timeout: 30_000 })
        const reports = await api.call('GET', `/api/v1/assignments/${my.assignmentId}/reports`, my.deptToken)
        if (reports.length !== 1) throw new Error(`${reports.length} reports on the server, expected exactly 1`)
        if (reports[0].notes !== 'Nộp khi mất sóng.') throw new Error(`the server has notes "${reports[0].notes}"`)
        await settle()
        await page.screenshot({ path: join(shots, 'offline-sent-375.png'), fullPage: true })
      },
    ],
    [
      'back online whatever happened above (the steps after this need the network)',
      { critical: false },
      async () => {
        if (my.offline) await context.setOffline(false)
        await page.getByTestId('outbox-status').waitFor({ state: 'detached', timeout: 30_000 })
      },
    ],
  ]
}
