import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from './client'
import { ApiError } from '../problem'
import type { Organization } from './types'
import { organizationKeys } from '@/lib/api/query-keys'

/**
 * The chain from the top of the caller's scope down to `orgId` (inclusive), for the breadcrumb.
 * Walks parentId upward; a parent outside the caller's scope answers 404, which ends the walk.
 */
export async function fetchAncestors(orgId: number, maxDepth = 12): Promise<Organization[]> {
  const chain: Organization[] = []
  let id: number | null = orgId
  while (id !== null && chain.length < maxDepth) {
    try {
      const org: Organization = await unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }))
      chain.unshift(org)
      id = org.parentId
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 403) && chain.length > 0) break
      throw e
    }
  }
  return chain
}

export const ancestorsQuery = (orgId: number) =>
  queryOptions({
    queryKey: organizationKeys.ancestors(orgId),
    queryFn: () => fetchAncestors(orgId),
    staleTime: 5 * 60_000,
  })

export function useAncestors(orgId: number | undefined) {
  return useQuery({ ...ancestorsQuery(orgId ?? 0), enabled: orgId !== undefined })
}
