import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { assignmentKeys } from '@/lib/api/query-keys'

export const assignmentQuery = (id: number) =>
  queryOptions({
    queryKey: assignmentKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/assignments/{id}', { params: { path: { id } } })),
  })

export function useAssignment(id: number | undefined) {
  return useQuery({ ...assignmentQuery(id ?? 0), enabled: !!id })
}
