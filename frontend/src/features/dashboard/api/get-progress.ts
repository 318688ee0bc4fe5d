import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { progressKeys } from '@/lib/api/query-keys'

export const progressQuery = (planId: number, orgId?: number) =>
  queryOptions({
    queryKey: progressKeys.progress(planId, orgId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{id}/progress', { params: { path: { id: planId }, query: { orgId } } })),
    placeholderData: keepPreviousData,
  })

export function useProgress(planId: number | undefined, orgId?: number) {
  return useQuery({ ...progressQuery(planId ?? 0, orgId), enabled: !!planId })
}
