// Issues 15 and 18 in the browser, on the plan import screen: a news report with four tiers in one paragraph is read
// into four tiers; each warning sits under the field it concerns (deadlines already past); Enter in a field never
// saves; a tier is split and merged back. Nothing is saved.
// Called from journey.mjs: `...planImportSteps(j)` right after the import of the Tam Kỳ plan.
import { join } from 'node:path'

export function planImportSteps(j) {
  const { page, base, shots, settle, noGarbage, DESKTOP } = j
  const text = [
    'Quảng Ngãi: Học tập Nghị quyết Trung ương 6 khóa XIII',
    '',
    'Ban Thường vụ Tỉnh ủy vừa ban hành kế hoạch học tập, quán triệt Nghị quyết. Hội nghị cấp tỉnh được tổ chức trực tuyến ' +
      'trong 01 ngày, hoàn thành trước ngày 31/12/2022. Ở cấp huyện và tương đương, hội nghị kéo dài 01 ngày, hoàn thành trước ' +
      'ngày 15/02/2023. Cấp cơ sở tổ chức học tập 01 buổi, hoàn thành trước ngày 31/3/2023. Việc tuyên truyền trong nhân dân do ' +
      'Mặt trận và các đoàn thể thực hiện, hoàn thành trong quý II năm 2023.',
  ].join('\n')
  const names = () => page.getByLabel('Tên đối tượng', { exact: true })

  return [
    [
      'plan import: four tiers from one paragraph, warnings beside their fields, Enter never saves, split and merge',
      { critical: false },
      async () => {
        await page.setViewportSize(DESKTOP)
        await page.goto(`${base}/plans/import`)
        await page.getByLabel('Văn bản kế hoạch').fill(text)
        await page.getByRole('button', { name: 'Đọc văn bản' }).click()
        await page.getByTestId('source-text').waitFor()
        await names().nth(3).waitFor()
        if ((await names().count()) !== 4)
          throw new Error(`${await names().count()} tiers read from the paragraph, expected 4`)
        const deadlines = page.getByLabel('Hoàn thành trước ngày', { exact: true })
        const read = await Promise.all([0, 1, 2, 3].map((i) => deadlines.nth(i).inputValue()))
        if (read.join(' ') !== '31/12/2022 15/02/2023 31/03/2023 30/06/2023')
          throw new Error(`deadlines read: ${read.join(' ')}`)
        // past deadlines are said under each deadline field
        const note = page.getByTestId('note-tiers[0].deadline')
        if (!/đã qua/.test(await note.innerText())) throw new Error(`no past-deadline note: ${await note.innerText()}`)
        // Enter in the number field and in a date field: still on the import screen, nothing saved
        await page.getByLabel('Số hiệu').fill('E2E-ENTER')
        await page.getByLabel('Số hiệu').press('Enter')
        await deadlines.nth(1).click()
        await deadlines.nth(1).press('Enter')
        await settle()
        if (!/\/plans\/import$/.test(page.url())) throw new Error(`Enter saved the draft: ${page.url()}`)
        // split the first tier, then merge the copy back
        await page.getByRole('button', { name: 'Tách đợt này thành hai' }).first().click()
        if ((await names().count()) !== 5) throw new Error('split did not add a tier')
        await page.getByRole('button', { name: 'Gộp với đợt sau' }).first().click()
        if ((await names().count()) !== 4) throw new Error('merge did not remove the copy')
        await page.evaluate(() => window.scrollTo(0, 0))
        await settle()
        await noGarbage('plan import (news)')
        await page.screenshot({ path: join(shots, 'plan-import-news.png'), fullPage: true })
      },
    ],
  ]
}
