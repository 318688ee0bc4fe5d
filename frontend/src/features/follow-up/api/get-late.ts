import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { progressKeys } from '@/lib/api/query-keys'

/** Days ahead that still count as "due soon" on the chase list. */
export const DUE_WITHIN_DAYS = 3

export const lateQuery = (planId: number, orgId: number | undefined, page: number, size: number) =>
  queryOptions({
    queryKey: progressKeys.late(planId, orgId, { page, size, dueWithinDays: DUE_WITHIN_DAYS }),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{id}/late', {
          params: { path: { id: planId }, query: { orgId, dueWithinDays: DUE_WITHIN_DAYS, page, size } },
        }),
      ),
    placeholderData: keepPreviousData,
  })

/** The chase list: overdue and due-soon assignments of the subtree, with whom to call. */
export function useLate(planId: number | undefined, orgId: number | undefined, page: number, size: number) {
  return useQuery({ ...lateQuery(planId ?? 0, orgId, page, size), enabled: !!planId })
}
