import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { ApiQuery } from '@/lib/api/types'
import { organizationKeys } from '@/lib/api/query-keys'

export type OrganizationsParams = ApiQuery<'/api/v1/organizations', 'get'>

/** Accent-insensitive search (`q`: "tam ky" finds "Tam Kỳ") and filters over the caller's subtree. */
export const organizationsQuery = (params: OrganizationsParams) =>
  queryOptions({
    queryKey: organizationKeys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: params } })),
    placeholderData: keepPreviousData,
  })

export function useOrganizations(params: OrganizationsParams, enabled = true) {
  return useQuery({ ...organizationsQuery(params), enabled })
}

export const childrenQuery = (id: number, includeInactive: boolean) =>
  queryOptions({
    queryKey: organizationKeys.children(id, includeInactive),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/children', {
          params: { path: { id }, query: { includeInactive: includeInactive || undefined, page: 0, size: 1000 } },
        }),
      ),
  })

export const organizationQuery = (id: number) =>
  queryOptions({
    queryKey: organizationKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
  })

export function useOrganization(id: number | undefined) {
  return useQuery({ ...organizationQuery(id ?? 0), enabled: !!id })
}
