import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { progressKeys } from '@/lib/api/query-keys'

/** Every assignment of a plan in an organisation's subtree: the drill-down's individual rows. */
export const subtreeAssignmentsQuery = (planId: number, orgId: number, page: number, size: number) =>
  queryOptions({
    queryKey: progressKeys.orgAssignments(planId, orgId, { page, size }),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/plans/{id}/assignments', {
          params: { path: { id: planId }, query: { orgId, page, size } },
        }),
      ),
    placeholderData: keepPreviousData,
  })

export function useSubtreeAssignments(
  planId: number | undefined,
  orgId: number | undefined,
  page: number,
  size: number,
) {
  return useQuery({ ...subtreeAssignmentsQuery(planId ?? 0, orgId ?? 0, page, size), enabled: !!planId && !!orgId })
}
