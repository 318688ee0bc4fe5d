import { queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import { api, download, unwrap } from '@/lib/api/client'
import type { SummaryHeading } from '@/lib/api/types'
import { summaryKeys } from '@/lib/api/query-keys'

export type SummaryFormat = 'docx' | 'pdf'

/** Số, ký hiệu, địa danh, ngày as the server prefills them for the plan over orgId's subtree. */
export const summaryHeadingQuery = (planId: number, orgId: number | undefined) =>
  queryOptions({
    queryKey: summaryKeys.heading(planId, orgId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{id}/summary/heading', {
          params: { path: { id: planId }, query: orgId !== undefined ? { orgId } : {} },
        }),
      ),
  })

export function useSummaryHeading(planId: number, orgId: number | undefined, enabled: boolean) {
  return useQuery({ ...summaryHeadingQuery(planId, orgId), enabled })
}

/** The draft summary report (báo cáo tổng hợp) of the plan over orgId's subtree, with the heading as edited. */
export function downloadSummary(
  planId: number,
  orgId: number | undefined,
  format: SummaryFormat,
  heading: Partial<SummaryHeading> = {},
) {
  const q = new URLSearchParams({ format })
  if (orgId !== undefined) q.set('orgId', String(orgId))
  for (const key of ['number', 'symbol', 'place', 'date'] as const) {
    const v = heading[key]
    if (v) q.set(key, String(v))
  }
  return download(`/api/v1/plans/${planId}/summary?${q}`, `bao-cao-tong-hop-${planId}.${format}`)
}

export function useDownloadSummary() {
  return useMutation({
    mutationFn: ({
      planId,
      orgId,
      format,
      heading,
    }: {
      planId: number
      orgId?: number
      format: SummaryFormat
      heading?: SummaryHeading
    }) => downloadSummary(planId, orgId, format, heading),
  })
}
