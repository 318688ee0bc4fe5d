import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { progressKeys } from '@/lib/api/query-keys'

export const timelineQuery = (planId: number, orgId?: number) =>
  queryOptions({
    queryKey: progressKeys.timeline(planId, orgId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{id}/progress/timeline', { params: { path: { id: planId }, query: { orgId } } })),
  })

export function useTimeline(planId: number | undefined, orgId?: number) {
  return useQuery({ ...timelineQuery(planId ?? 0, orgId), enabled: !!planId })
}
