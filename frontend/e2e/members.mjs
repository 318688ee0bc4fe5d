// Issue 13 in the browser: the department imports a roster (a bad file is refused, every bad line shown), the cell
// secretary takes attendance on a 375 px phone ("all present", then untick the absentees, a reason for the excused
// one) and ticks two write-ups, and the department sees the coverage on the dashboard and the make-up list.
// Called from journey.mjs: `...memberSteps(j)` in its steps, after the plan is published and before the report.
import { join } from 'node:path'

export function memberSteps(j) {
  const { page, base, state, shots, login, logout, settle, noGarbage, password, PHONE, DESKTOP } = j
  const stamp = Date.now().toString(36).toUpperCase()
  const codes = [1, 2, 3, 4, 5, 6].map((i) => `E2E-DV-${stamp}-${i}`)
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Võ Thị Hoa']

  async function api(path, token, init = {}) {
    const r = await fetch(`${base}${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    })
    if (!r.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${r.status} ${await r.text()}`)
    return r.json()
  }

  return [
    [
      'department imports a roster: bad lines named, then the good file',
      async () => {
        await page.setViewportSize(DESKTOP)
        await logout()
        await login('tuyengiao')
        await page.goto(`${base}/members`)
        await page.getByTestId('member-import').click()
        const header = 'code,fullName,orgCode,status,exemptReason'
        const bad = [
          header,
          `${codes[0]},${names[0]},CB-HAICHAU-1,CHINH_THUC,`,
          `${codes[1]},,CB-HAICHAU-1,CHINH_THUC,`,
          `${codes[2]},${names[2]},KHONG-CO,CHINH_THUC,`,
        ].join('\n')
        await page.getByTestId('member-import-text').fill(bad)
        await page.getByTestId('member-import-run').click()
        const errors = page.getByTestId('member-import-errors')
        await errors.waitFor()
        for (const line of ['3', '4']) await errors.getByRole('cell', { name: line, exact: true }).waitFor()
        await page.screenshot({ path: join(shots, 'member-import-errors.png') })
        const good = [
          header,
          ...codes.map((c, i) => `${c},${names[i]},CB-HAICHAU-1,${i === 1 ? 'DU_BI' : 'CHINH_THUC'},`),
        ].join('\n')
        await page.getByTestId('member-import-text').fill(good)
        await page.getByTestId('member-import-run').click()
        await page.getByText('Đã nhập: 6 mới, 0 cập nhật, 0 không đổi').waitFor()
        await page.keyboard.press('Escape')
      },
    ],
    [
      'secretary takes attendance one-handed on a 375 px phone',
      async () => {
        // a session that began an hour ago, set up over the API (the form schedules future sessions)
        const session = await api('/api/v1/auth/login', null, {
          method: 'POST',
          body: JSON.stringify({ username: 'chibo.kp1', password }),
        })
        const token = session.accessToken
        const open = await api(`/api/v1/organizations/${session.user.orgId}/assignments?open=true&size=100`, token)
        const assignment = (open.items ?? []).find((a) => a.planId === state.planId)
        if (!assignment) throw new Error(`no assignment of plan ${state.planId} for chibo.kp1`)
        const started = new Date(Date.now() - 3600_000).toISOString()
        const s = await api(`/api/v1/assignments/${assignment.id}/sessions`, token, {
          method: 'POST',
          body: JSON.stringify({ startsAt: started }),
        })
        state.memberAssignment = assignment.id
        await logout()
        await page.setViewportSize(PHONE)
        await login('chibo.kp1')
        await page.goto(`${base}/my-work/${assignment.id}`)
        await page.getByTestId('assignment-members').waitFor()
        await page.getByTestId(`attendance-${s.id}`).click()
        await page.getByTestId('attendance-checklist').waitFor()
        await page.getByTestId('all-present').click()
        await page.getByTestId(`attendee-${codes[1]}`).getByRole('checkbox').click()
        await page.getByTestId(`attendee-${codes[1]}`).getByText('Có lý do').click()
        await page.getByLabel(`Lý do vắng của ${names[1]}`).fill('Đi công tác')
        await page.getByTestId(`attendee-${codes[2]}`).getByRole('checkbox').click()
        await page.getByTestId('attendance-counts').getByText('Có mặt 4 · vắng có lý do 1 · vắng 1').waitFor()
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        if (width > PHONE.width) throw new Error(`attendance checklist overflows the phone: ${width}px wide`)
        await settle()
        await noGarbage('attendance checklist')
        await page.screenshot({ path: join(shots, 'attendance-375.png'), fullPage: true })
        await page.getByTestId('save-attendance').click()
        await page.waitForURL(new RegExp(`/my-work/${assignment.id}$`))
        await page
          .getByTestId('roster-figures')
          .getByText(/dự 4\/6/)
          .waitFor()
        await page.getByTestId(`write-up-${codes[0]}`).click()
        await page.getByTestId(`write-up-${codes[3]}`).click()
        await page.getByTestId('save-write-ups').click()
        await page.getByText('Đã lưu bài thu hoạch').waitFor()
        await settle()
        await page.screenshot({ path: join(shots, 'assignment-members-375.png'), fullPage: true })
      },
    ],
    [
      'department sees the coverage and the make-up list',
      { critical: false },
      async () => {
        await logout()
        await page.setViewportSize(DESKTOP)
        await login('tuyengiao')
        await page.goto(`${base}/dashboard?plan=${state.planId}`)
        await page
          .getByTestId('card-coverage-text')
          .getByText(/^Đảng viên đã học tập 4\/6 · 66,7/)
          .waitFor()
        const pending = page.getByTestId('pending-members')
        await pending.getByText(names[2]).waitFor()
        await pending.getByText(names[1]).waitFor()
        await settle()
        await noGarbage('dashboard with coverage')
        await page.screenshot({ path: join(shots, 'dashboard-coverage.png'), fullPage: true })
      },
    ],
  ]
}
