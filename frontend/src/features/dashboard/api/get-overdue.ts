import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { progressKeys } from '@/lib/api/query-keys'

export const overdueQuery = (planId: number, orgId: number | undefined, page: number, size: number) =>
  queryOptions({
    queryKey: progressKeys.overdue(planId, orgId, { page, size }),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{id}/assignments', {
          params: { path: { id: planId }, query: { overdue: true, orgId, page, size } },
        }),
      ),
    placeholderData: keepPreviousData,
  })

export function useOverdue(planId: number | undefined, orgId: number | undefined, page: number, size: number) {
  return useQuery({ ...overdueQuery(planId ?? 0, orgId, page, size), enabled: !!planId })
}
