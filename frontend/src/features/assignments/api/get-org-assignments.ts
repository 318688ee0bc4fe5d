import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { assignmentKeys } from '@/lib/api/query-keys'

export interface OrgAssignmentsParams {
  open?: boolean
  page: number
  size: number
}

/** An organisation's assignments; `open=true` is a reporter's "what is due". */
export const orgAssignmentsQuery = (orgId: number, params: OrgAssignmentsParams) =>
  queryOptions({
    queryKey: assignmentKeys.org(orgId, params),
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations/{id}/assignments', { params: { path: { id: orgId }, query: params } })),
    placeholderData: keepPreviousData,
  })

export function useOrgAssignments(orgId: number | null | undefined, params: OrgAssignmentsParams) {
  return useQuery({ ...orgAssignmentsQuery(orgId ?? 0, params), enabled: !!orgId })
}
