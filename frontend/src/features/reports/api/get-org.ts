import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { organizationKeys } from '@/lib/api/query-keys'

/** The reporting organisation, for its member count (the default of "expected"). */
export function useReportingOrg(orgId: number | undefined) {
  return useQuery({
    queryKey: organizationKeys.detail(orgId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: orgId ?? 0 } } })),
    enabled: !!orgId,
    staleTime: 5 * 60_000,
  })
}
