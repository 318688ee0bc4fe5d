import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { PlanImport } from './plan-import'
import type { PlanDraft } from '@/lib/api/types'
import { department, json, mockFetch, renderWithProviders, signInAs } from '@/test/utils'
import { authStore } from '@/lib/auth'

afterEach(() => {
  vi.unstubAllGlobals()
  authStore.signOut()
})

const source = [
  'KẾ HOẠCH',
  'Học tập Nghị quyết Đại hội Đảng bộ thành phố lần thứ XXI',
  '1.1. Đối với các Đảng bộ: 01 buổi, hoàn thành trước ngày 31/10/2020.',
  '1.2. Đối với các Chi bộ: 01 buổi, hoàn thành trước ngày 31/10/2020.',
].join('\n')
const at = (s: string, from = 0) => {
  const start = source.indexOf(s, from)
  return { start, end: start + s.length }
}
const second = source.indexOf('1.2.')

const draft: PlanDraft = {
  number: null,
  title: 'Học tập Nghị quyết Đại hội Đảng bộ thành phố lần thứ XXI',
  issuerOrgId: null,
  resolution: null,
  issuedOn: null,
  purpose: null,
  requirements: null,
  materials: null,
  parentPlanId: null,
  tiers: [
    {
      name: 'Các Đảng bộ',
      activity: 'STUDY',
      levelCodes: ['co-so'],
      organizationIds: [],
      audience: null,
      durationDays: 0.5,
      presenter: null,
      format: 'IN_PERSON',
      deadline: '2020-10-31',
    },
    {
      name: 'Các Chi bộ',
      activity: 'STUDY',
      levelCodes: ['chi-bo'],
      organizationIds: [],
      audience: null,
      durationDays: 0.5,
      presenter: null,
      format: 'IN_PERSON',
      deadline: '2020-10-31',
    },
  ],
  spans: {
    title: { ...at('Học tập Nghị quyết'), end: at('XXI').end, confidence: 0.9 },
    'tiers[0].name': { ...at('các Đảng bộ'), confidence: 0.8 },
    'tiers[0].levelCodes': { ...at('Đảng bộ:'), end: at('Đảng bộ:').end - 1, confidence: 0.5 },
    'tiers[0].durationDays': { ...at('01 buổi'), confidence: 0.9 },
    'tiers[0].deadline': { ...at('31/10/2020'), confidence: 0.9 },
    'tiers[1].name': { ...at('các Chi bộ'), confidence: 0.8 },
    'tiers[1].deadline': { ...at('31/10/2020', second), confidence: 0.65 },
  },
  warnings: ['Không tìm thấy số kế hoạch (ví dụ “Kế hoạch số 01-KH/TU”).'],
  fieldWarnings: {},
  issuerName: null,
  sourceText: source,
}

function stub(
  savePlan: (req: Request) => unknown = (r) => r.json().then((b) => ({ id: 77, ...b, status: 'DRAFT' })),
  read: PlanDraft = draft,
) {
  return mockFetch({
    'POST /api/v1/plans/parse': () => read,
    'GET /api/v1/levels': () => [
      { code: 'co-so', name: 'Cấp cơ sở', rank: 3 },
      { code: 'chi-bo', name: 'Chi bộ', rank: 4 },
    ],
    'GET /api/v1/organizations': () => ({ items: [], page: 0, size: 20, total: 0 }),
    'GET /api/v1/organizations/1': () => ({ id: 1, code: 'TU-QNAM', name: 'Tỉnh ủy Quảng Nam' }),
    'POST /api/v1/plans': savePlan,
  })
}

async function readSource() {
  await userEvent.click(screen.getByLabelText('Văn bản kế hoạch'))
  await userEvent.paste(source)
  await userEvent.click(screen.getByRole('button', { name: 'Đọc văn bản' }))
  await screen.findByTestId('source-text')
}

const mark = (keys: string) => document.querySelector(`mark[data-keys="${keys}"]`) as HTMLElement

describe('PlanImport', () => {
  it('sends the pasted text as text/plain and shows the source with every field highlighted', async () => {
    signInAs(department)
    const { calls } = stub()
    renderWithProviders(<PlanImport onSaved={() => {}} onCancel={() => {}} />)
    await readSource()

    const sent = calls.find((c) => c.url.endsWith('/plans/parse'))!
    expect(sent.headers.get('Content-Type')).toBe('text/plain; charset=UTF-8')
    expect(await sent.text()).toBe(source)

    // warnings at the top, then the summary
    expect(screen.getByText(/Không tìm thấy số kế hoạch/)).toBeInTheDocument()
    expect(screen.getByText('Đã đọc được 7 trường, 2 đối tượng')).toBeInTheDocument()
    // highlights, coloured by confidence; overlapping fields share a stretch, shown at the weaker one
    expect(mark('tiers[0].deadline')).toHaveTextContent('31/10/2020')
    expect(mark('tiers[0].deadline')).toHaveClass('src-high')
    expect(mark('tiers[1].deadline')).toHaveClass('src-medium')
    expect(mark('tiers[0].name tiers[0].levelCodes')).toHaveTextContent('Đảng bộ')
    expect(mark('tiers[0].name tiers[0].levelCodes')).toHaveClass('src-low')
    expect(mark('tiers[0].name tiers[0].levelCodes').title).toContain('Đối tượng 1 · Cấp áp dụng')
    // the source reads back whole
    expect(screen.getByTestId('source-text').textContent).toBe(source)

    // the draft is in the form; what the reader left empty is asked for at once
    expect(screen.getByLabelText('Tên kế hoạch')).toHaveValue(draft.title)
    expect(screen.getAllByLabelText('Hoàn thành trước ngày')[0]).toHaveValue('31/10/2020')
    // validation on mount may take more than a second on a loaded machine
    expect(await screen.findByText('Vui lòng nhập số hiệu', {}, { timeout: 5000 })).toBeInTheDocument()
    // a field read from the document carries its confidence's bar
    expect(screen.getByLabelText('Tên kế hoạch').closest('.ant-form-item')).toHaveClass('src-field', 'src-high')
    expect(screen.getByLabelText('Số hiệu').closest('.ant-form-item')).not.toHaveClass('src-field')
  })

  it('clicking a highlight focuses its field, and focusing a field highlights its source', async () => {
    signInAs(department)
    stub()
    renderWithProviders(<PlanImport onSaved={() => {}} onCancel={() => {}} />)
    await readSource()

    await userEvent.click(mark('tiers[1].deadline'))
    await waitFor(() => expect(document.activeElement?.id).toBe('tiers_1_deadline'))
    expect(mark('tiers[1].deadline')).toHaveClass('src-active')
    expect(document.getElementById('tiers_1_deadline')!.closest('.ant-form-item')).toHaveClass('src-active')

    // a stretch read into two fields: the second click moves on to the other one
    await userEvent.click(mark('tiers[0].name tiers[0].levelCodes'))
    await waitFor(() => expect(document.activeElement?.id).toBe('tiers_0_name'))
    await userEvent.click(mark('tiers[0].name tiers[0].levelCodes'))
    await waitFor(() => expect(document.activeElement?.id).toBe('tiers_0_levelCodes'))

    act(() => screen.getByLabelText('Tên kế hoạch').focus())
    await waitFor(() => expect(mark('title')).toHaveClass('src-active'))
    expect(mark('tiers[1].deadline')).not.toHaveClass('src-active')
  })

  it('saves a draft without spans, warnings or source text, issued by the user’s organisation', async () => {
    signInAs(department)
    const { calls } = stub()
    const onSaved = vi.fn()
    renderWithProviders(<PlanImport onSaved={onSaved} onCancel={() => {}} />)
    await readSource()
    await userEvent.type(screen.getByLabelText('Số hiệu'), '05-KH/TU')
    await userEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(onSaved.mock.calls[0][0]).toMatchObject({ id: 77 })

    const body = await calls.find((c) => c.method === 'POST' && c.url.endsWith('/api/v1/plans'))!.json()
    expect(body).not.toHaveProperty('spans')
    expect(body).not.toHaveProperty('warnings')
    expect(body).not.toHaveProperty('sourceText')
    expect(body).toMatchObject({ number: '05-KH/TU', title: draft.title, issuerOrgId: 1 })
    expect(body.tiers).toEqual([
      expect.objectContaining({
        name: 'Các Đảng bộ',
        levelCodes: ['co-so'],
        durationDays: 0.5,
        deadline: '2020-10-31',
      }),
      expect.objectContaining({
        name: 'Các Chi bộ',
        levelCodes: ['chi-bo'],
        durationDays: 0.5,
        deadline: '2020-10-31',
      }),
    ])
    expect(body.issuedOn).toBeUndefined()
  })

  it('puts a server error on a tier field on that tier', async () => {
    signInAs(department)
    stub(() =>
      json(
        {
          status: 422,
          title: 'Vi phạm quy tắc nghiệp vụ',
          detail: 'Hạn của đối tượng không hợp lệ',
          errors: [{ field: 'create.body.tiers[1].deadline', message: 'Hạn phải sau ngày ban hành' }],
        },
        422,
      ),
    )
    renderWithProviders(<PlanImport onSaved={() => {}} onCancel={() => {}} />)
    await readSource()
    await userEvent.type(screen.getByLabelText('Số hiệu'), '05-KH/TU')
    await userEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }))
    const error = await screen.findByText('Hạn phải sau ngày ban hành', {}, { timeout: 5000 })
    expect(error.closest('.ant-form-item')!.querySelector('input')!.id).toBe('tiers_1_deadline')
    expect(screen.getByText('Hạn của đối tượng không hợp lệ')).toBeInTheDocument()
  })

  it('says what went wrong when the text cannot be read', async () => {
    signInAs(department)
    mockFetch({
      'POST /api/v1/plans/parse': () =>
        json({ status: 413, title: 'Nội dung quá lớn', detail: 'Nội dung quá lớn' }, 413),
    })
    renderWithProviders(<PlanImport onSaved={() => {}} onCancel={() => {}} />)
    await userEvent.click(screen.getByLabelText('Văn bản kế hoạch'))
    await userEvent.paste('x')
    await userEvent.click(screen.getByRole('button', { name: 'Đọc văn bản' }))
    expect(await screen.findByText('Nội dung quá lớn')).toBeInTheDocument()
    expect(screen.queryByTestId('source-text')).not.toBeInTheDocument()
  })

  it('shows each warning beside its field, and the issuer the text names but the server could not find stays empty', async () => {
    signInAs(department)
    const levelWarning =
      'Cấp “cấp huyện” của đợt 2 có thể là Cấp huyện hoặc Cấp quận; đã chọn Cấp huyện, hãy kiểm tra lại.'
    const issuerWarning =
      'Văn bản do “Huyện ủy Bình Sơn” ban hành nhưng không có tổ chức nào tên như vậy trong phạm vi của bạn; hãy chọn đơn vị ban hành.'
    const read = {
      ...draft,
      issuerName: 'Huyện ủy Bình Sơn',
      warnings: [...draft.warnings, levelWarning, issuerWarning],
      fieldWarnings: { 'tiers[1].levelCodes': [levelWarning], issuerOrgId: [issuerWarning] },
    } as PlanDraft
    const { calls } = stub(undefined, read)
    renderWithProviders(<PlanImport onSaved={() => {}} onCancel={() => {}} />)
    await readSource()

    expect(screen.getByTestId('note-tiers[1].levelCodes')).toHaveTextContent(levelWarning)
    expect(screen.getByTestId('note-issuerOrgId')).toHaveTextContent(issuerWarning)
    // a keyed warning is not repeated at the top; the others stay there
    expect(screen.getByTestId('import-warnings')).not.toHaveTextContent(levelWarning)
    expect(screen.getByTestId('import-warnings')).toHaveTextContent('Không tìm thấy số kế hoạch')
    // deadlines of 2020 are past: said beside them
    expect(screen.getByTestId('note-tiers[0].deadline')).toHaveTextContent('Hạn 31/10/2020 đã qua.')
    // the text names its issuer: never silently the user's own organisation
    await userEvent.type(screen.getByLabelText('Số hiệu'), '05-KH/TU')
    await userEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }))
    expect(await screen.findByText('Vui lòng chọn cơ quan ban hành', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/api/v1/plans'))).toBe(false)
  })

  it('never saves on Enter in a field', async () => {
    signInAs(department)
    const { calls } = stub()
    renderWithProviders(<PlanImport onSaved={() => {}} onCancel={() => {}} />)
    await readSource()
    await userEvent.type(screen.getByLabelText('Số hiệu'), '05-KH/TU{Enter}')
    await userEvent.type(screen.getAllByLabelText('Hoàn thành trước ngày')[0], '{Enter}')
    await userEvent.type(screen.getByLabelText('Tên kế hoạch'), '{Enter}')
    await new Promise((r) => setTimeout(r, 50))
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/api/v1/plans'))).toBe(false)
  })

  it('splits a tier the reader merged and merges tiers it split, keeping the marks on their tiers', async () => {
    signInAs(department)
    const { calls } = stub()
    renderWithProviders(<PlanImport onSaved={() => {}} onCancel={() => {}} />)
    await readSource()

    await userEvent.click(screen.getAllByRole('button', { name: 'Tách đợt này thành hai' })[0])
    expect(screen.getAllByLabelText('Tên đối tượng')).toHaveLength(3)
    expect(screen.getAllByLabelText('Tên đối tượng')[1]).toHaveValue('Các Đảng bộ')
    // the second tier's marks moved to the third
    expect(mark('tiers[2].deadline')).toHaveTextContent('31/10/2020')

    // merge the copy back, then the two remaining tiers into one
    await userEvent.click(screen.getAllByRole('button', { name: 'Gộp với đợt sau' })[0])
    expect(screen.getAllByLabelText('Tên đối tượng')).toHaveLength(2)
    await userEvent.click(screen.getAllByRole('button', { name: 'Gộp với đợt sau' })[0])
    expect(screen.getAllByLabelText('Tên đối tượng')).toHaveLength(1)

    await userEvent.type(screen.getByLabelText('Số hiệu'), '05-KH/TU')
    await userEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }))
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/api/v1/plans'))).toBe(true))
    const body = await calls.find((c) => c.method === 'POST' && c.url.endsWith('/api/v1/plans'))!.json()
    expect(body.tiers).toEqual([
      expect.objectContaining({ name: 'Các Đảng bộ', levelCodes: ['co-so', 'chi-bo'], deadline: '2020-10-31' }),
    ])
  })
})
