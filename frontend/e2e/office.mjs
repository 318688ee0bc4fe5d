// Fit for the office, in the browser: every screen accessible (axe, WCAG 2.x A/AA, at 1366 and 375 px), a ward
// committee running its own subtree, the summary's heading edited before download, the default administrator
// made to choose a new password, and the users screen. Called once from journey.mjs.
import { assertAccessible } from './axe.mjs'

const WIDTHS = [
  ['1366', { width: 1366, height: 900 }],
  ['375', { width: 375, height: 812 }],
]

async function checkAt(page, settle, where, url, base) {
  const problems = []
  for (const [label, size] of WIDTHS) {
    await page.setViewportSize(size)
    if (url) await page.goto(`${base}${url}`)
    await settle()
    await page.waitForTimeout(300)
    try {
      await assertAccessible(page, `${where} @ ${label} px`)
    } catch (e) {
      problems.push(String(e.message ?? e))
    }
  }
  return problems
}

/**
 * `j`: what the journey shares: page, base, login, logout, settle, password, state (planId), adminPassword
 * (the new one it sets, for the log check afterwards).
 */
export async function officeJourney(j) {
  const { page, base, login, logout, settle } = j
  const problems = []

  // the login screen
  await logout().catch(() => {})
  problems.push(...(await checkAt(page, settle, 'login', '/login', base)))

  // a ward committee: reports for itself, consolidates and reviews its cells
  await page.setViewportSize(WIDTHS[0][1])
  await login('bithu.haichau')
  const menu = await page.locator('.app-menu, .ant-layout-sider').first().innerText()
  for (const item of ['Tổng hợp', 'Việc của tôi', 'Duyệt báo cáo']) {
    if (!menu.includes(item)) throw new Error(`the ward secretary's menu lacks "${item}": ${menu}`)
  }
  const plan = j.state.planId ? `?plan=${j.state.planId}` : ''
  const screens = [
    ['dashboard', `/dashboard${plan}`],
    ['plan list', '/plans'],
    ['plan import', '/plans/import'],
    ['review queue', '/review'],
    ['chase list', `/dashboard/late${plan}`],
    ['organisations', '/organizations'],
    ['my work', '/my-work'],
  ]
  for (const [where, url] of screens) problems.push(...(await checkAt(page, settle, where, url, base)))
  // the report screen: the first assignment of my work
  await page.setViewportSize(WIDTHS[0][1])
  await page.goto(`${base}/my-work`)
  await settle()
  const first = page.locator('a[href^="/my-work/"]').first()
  if (await first.count()) {
    const href = await first.getAttribute('href')
    problems.push(...(await checkAt(page, settle, 'report', href, base)))
  }

  // the summary's heading, edited before download
  await page.setViewportSize(WIDTHS[0][1])
  await page.goto(`${base}/dashboard${plan}`)
  await settle()
  await page.getByTestId('summary-open').click()
  await page.getByTestId('summary-number').fill('27')
  await page.getByTestId('summary-place').fill('Hải Châu')
  problems.push(...(await checkAt(page, settle, 'summary dialog', null, base)).slice(0, 1))
  await page.setViewportSize(WIDTHS[0][1])
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url().includes('/summary?')),
    page.waitForEvent('download'),
    page.getByTestId('summary-pdf').click(),
  ])
  const asked = new URL(request.url()).searchParams
  if (asked.get('number') !== '27' || asked.get('place') !== 'Hải Châu')
    throw new Error(`summary asked without its heading: ${request.url()}`)

  // the default administrator must choose a new password first; then manages users
  await logout()
  await login('admin', 'admin')
  await page.waitForURL(/\/account$/)
  await page.getByTestId('must-change').waitFor()
  problems.push(...(await checkAt(page, settle, 'first sign-in', null, base)))
  await page.setViewportSize(WIDTHS[0][1])
  await page.getByTestId('current-password').fill('admin')
  await page.getByTestId('new-password').fill(j.adminPassword)
  await page.getByTestId('confirm-password').fill(j.adminPassword)
  await page.getByTestId('change-password').click()
  await page.waitForURL((u) => !u.pathname.startsWith('/account'))
  problems.push(...(await checkAt(page, settle, 'users', '/users', base)))
  await page.setViewportSize(WIDTHS[0][1])
  await page.getByText('bithu.haichau').first().waitFor()
  // the journey goes on with the department signed in
  await login('tuyengiao')

  if (problems.length) throw new Error(problems.join('\n'))
}
