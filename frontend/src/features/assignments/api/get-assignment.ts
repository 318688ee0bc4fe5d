import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrapAs } from '@/lib/api/client'
import type { Assignment } from '@/lib/api/types'
import { assignmentKeys } from '@/lib/api/query-keys'

export const assignmentQuery = (id: number) =>
  queryOptions({
    queryKey: assignmentKeys.detail(id),
    queryFn: () => unwrapAs<Assignment>(api.GET('/api/v1/assignments/{id}', { params: { path: { id } } })),
  })

export function useAssignment(id: number | undefined) {
  return useQuery({ ...assignmentQuery(id ?? 0), enabled: !!id })
}
