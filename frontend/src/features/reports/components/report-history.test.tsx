import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import { PredecessorReports } from './report-history'
import { renderWithProviders } from '@/test/utils'
import type { PredecessorReport } from '@/lib/api/types'

const report = (id: number, assignmentId: number, orgId: number, orgName: string, state: string, comment?: string) => ({
  id,
  assignmentId,
  planId: 1,
  planNumber: '6-KH',
  planTitle: 'Học tập Nghị quyết Đại hội XIV',
  tierName: 'Cấp cơ sở',
  orgId,
  orgName,
  deadline: '2026-12-31',
  version: 1,
  heldOn: '2026-11-20',
  attendees: 20,
  expected: 30,
  absentWithReason: 0,
  writeUps: 20,
  actionProgrammeAdopted: false,
  propagandaForms: [],
  submittedBy: 1,
  submittedByName: 'Quản trị',
  submittedAt: '2026-11-20T03:00:00Z',
  onTime: true,
  state,
  reviewComment: comment ?? null,
  current: true,
})

const items = [
  {
    fromAssignmentId: 11,
    fromOrgId: 31,
    fromOrgCode: 'DN-W1',
    fromOrgName: 'Đảng ủy phường Một',
    report: report(101, 11, 31, 'Đảng ủy phường Một', 'ACCEPTED'),
  },
  {
    fromAssignmentId: 12,
    fromOrgId: 32,
    fromOrgCode: 'DN-W2',
    fromOrgName: 'Đảng ủy phường Hai',
    report: report(102, 12, 32, 'Đảng ủy phường Hai', 'RETURNED', 'Bổ sung số liệu'),
  },
] as unknown as PredecessorReport[]

describe('PredecessorReports', () => {
  it('shows each merged source with its own reports, read-only', async () => {
    renderWithProviders(<PredecessorReports items={items} />)
    expect(await screen.findByText('Báo cáo trước sáp nhập')).toBeInTheDocument()
    expect(screen.getByText(/Báo cáo của Đảng ủy phường Một \(trước sáp nhập\)/)).toBeInTheDocument()
    expect(screen.getByText(/Báo cáo của Đảng ủy phường Hai \(trước sáp nhập\)/)).toBeInTheDocument()
    expect(screen.getByText('(DN-W2)')).toBeInTheDocument()
    expect(screen.getByText(/Bổ sung số liệu/)).toBeInTheDocument()
    // nothing to file or review here
    expect(screen.queryByRole('button', { name: /Gửi báo cáo|Duyệt|Trả lại/ })).toBeNull()
  })

  it('shows nothing when nothing was merged in', () => {
    const { container } = renderWithProviders(<PredecessorReports items={[]} />)
    expect(container.querySelector('section')).toBeNull()
  })
})
