// Issue 14 in the browser: the levels screen, then the restructuring wizard. The department (tuyengiao) merges two
// wards it has just imported under Thành ủy Đà Nẵng: it picks the sources, describes the new ward, enters the
// decision, sees the dry run's effect, confirms, and lands on the new ward, whose page lists its predecessors.
import { join } from 'node:path'

/** ctx: { page, base, login, shots, stamp, password, settle } from journey.mjs */
export async function restructureJourney({ page, base, login, shots, stamp, password, settle }) {
  const p = `E2E-${stamp}`
  // the two wards and their cells, imported through the API as the department
  const auth = await page.request.post(`${base}/api/v1/auth/login`, { data: { username: 'tuyengiao', password } })
  if (!auth.ok()) throw new Error(`login for the set-up failed: ${auth.status()}`)
  const { accessToken, user } = await auth.json()
  const headers = { Authorization: `Bearer ${accessToken}` }
  const city = await (await page.request.get(`${base}/api/v1/organizations/${user.orgId}`, { headers })).json()
  const rows = [
    {
      code: `${p}-W1`,
      name: `Đảng ủy phường Thử ${stamp} Một`,
      parentCode: city.code,
      levelCode: 'co-so',
      memberCount: 40,
    },
    {
      code: `${p}-W2`,
      name: `Đảng ủy phường Thử ${stamp} Hai`,
      parentCode: city.code,
      levelCode: 'co-so',
      memberCount: 30,
    },
    { code: `${p}-W1-1`, name: 'Chi bộ Tổ dân phố 1', parentCode: `${p}-W1`, levelCode: 'chi-bo', memberCount: 12 },
    { code: `${p}-W2-1`, name: 'Chi bộ Tổ dân phố 2', parentCode: `${p}-W2`, levelCode: 'chi-bo', memberCount: 9 },
  ]
  const imported = await page.request.post(`${base}/api/v1/organizations/import`, { headers, data: rows })
  if (!imported.ok()) throw new Error(`import failed: ${imported.status()} ${await imported.text()}`)

  await login('tuyengiao')
  await page.goto(`${base}/levels`)
  await page.getByRole('cell', { name: 'huyen', exact: true }).waitFor()
  await page
    .getByText(/trước 01\/07\/2025/)
    .first()
    .waitFor()
  await settle()
  await page.screenshot({ path: join(shots, 'levels.png'), fullPage: true })

  await page.goto(`${base}/organizations`)
  await page.getByRole('button', { name: /Sắp xếp tổ chức/ }).click()
  await page.waitForURL(/\/organizations\/restructure$/)
  // searches by code and picks the option "name (code)"
  const pick = async (label, code) => {
    const box = page.getByRole('combobox', { name: label, exact: true })
    await box.click()
    await box.fill(code)
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `(${code})` })
      .first()
      .click()
    await page.keyboard.press('Escape')
  }
  await pick('Các tổ chức được sáp nhập', `${p}-W1`)
  await pick('Các tổ chức được sáp nhập', `${p}-W2`)
  await page.getByRole('button', { name: 'Tiếp' }).click()
  await page.getByLabel('Mã tổ chức kế thừa').fill(`${p}-W12`)
  await page.getByLabel('Tên tổ chức kế thừa').fill(`Đảng ủy phường Thử ${stamp} Mới`)
  await pick('Trực thuộc', city.code)
  await page.getByRole('combobox', { name: 'Cấp', exact: true }).click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Cấp cơ sở' }).first().click()
  await page.getByRole('button', { name: 'Tiếp' }).click()
  await page.getByLabel('Số, ngày quyết định').fill(`Quyết định số ${stamp}-QĐ/TU`)
  await page.getByRole('button', { name: 'Xem trước tác động' }).click()
  const preview = page.getByTestId('merge-preview')
  await preview.waitFor()
  const text = await preview.innerText()
  if (!/Tổ chức ngừng hoạt động\s*2/.test(text)) throw new Error(`dry run shows no two sources: ${text}`)
  if (!/Tổ chức trực thuộc được chuyển\s*2/.test(text)) throw new Error(`dry run shows no two cells moved: ${text}`)
  // the dry run changed nothing
  const w1 = await (
    await page.request.get(`${base}/api/v1/organizations?q=${p}-W1&includeInactive=true`, { headers })
  ).json()
  if (!w1.items?.some((o) => o.code === `${p}-W1` && o.active)) throw new Error('the dry run deactivated a source')
  await settle()
  await page.screenshot({ path: join(shots, 'restructure-preview.png'), fullPage: true })
  await page.getByRole('button', { name: 'Thực hiện sáp nhập' }).click()
  await page.waitForURL(/\/organizations\?org=\d+/)
  const lineage = page.getByTestId('org-lineage')
  await lineage.getByText(`Đảng ủy phường Thử ${stamp} Một`).waitFor()
  await lineage.getByText(`Đảng ủy phường Thử ${stamp} Hai`).waitFor()
  await settle()
  await page.screenshot({ path: join(shots, 'restructure-done.png'), fullPage: true })
}
