import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { organizationKeys } from '@/lib/api/query-keys'

/** Predecessors, successor and the restructuring decisions of an organisation. */
export const lineageQuery = (id: number) =>
  queryOptions({
    queryKey: organizationKeys.lineage(id),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}/lineage', { params: { path: { id } } })),
  })

export function useLineage(id: number) {
  return useQuery(lineageQuery(id))
}
