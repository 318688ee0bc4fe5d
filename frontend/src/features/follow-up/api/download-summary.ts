import { useMutation } from '@tanstack/react-query'
import { download } from '@/lib/api/client'

export type SummaryFormat = 'docx' | 'pdf'

/** The draft summary report (báo cáo tổng hợp) of the plan over orgId's subtree. */
export function downloadSummary(planId: number, orgId: number | undefined, format: SummaryFormat) {
  const q = new URLSearchParams({ format })
  if (orgId !== undefined) q.set('orgId', String(orgId))
  return download(`/api/v1/plans/${planId}/summary?${q}`, `bao-cao-tong-hop-${planId}.${format}`)
}

export function useDownloadSummary() {
  return useMutation({
    mutationFn: ({ planId, orgId, format }: { planId: number; orgId?: number; format: SummaryFormat }) =>
      downloadSummary(planId, orgId, format),
  })
}
