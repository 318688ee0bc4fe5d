import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, etag, unwrap } from '@/lib/api/client'
import type { Versioned } from '@/lib/api/types'
import type { OrganizationInput } from '@/lib/api/types'
import { organizationKeys } from '@/lib/api/query-keys'

export const createOrganization = (body: OrganizationInput) => unwrap(api.POST('/api/v1/organizations', { body }))

export const updateOrganization = (org: Versioned, body: OrganizationInput) =>
  unwrap(
    api.PUT('/api/v1/organizations/{id}', {
      params: { path: { id: org.id ?? 0 } },
      headers: { 'If-Match': etag(org.version ?? 0) },
      body,
    }),
  )

/** Deleting an organisation deactivates it; its history stays. */
export const deactivateOrganization = (org: Versioned) =>
  unwrap(
    api.DELETE('/api/v1/organizations/{id}', {
      params: { path: { id: org.id ?? 0 } },
      headers: { 'If-Match': etag(org.version ?? 0) },
    }),
  )

export function useSaveOrganization(existing?: Versioned) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: OrganizationInput) => (existing ? updateOrganization(existing, body) : createOrganization(body)),
    onSuccess: () => qc.invalidateQueries({ queryKey: organizationKeys.all }),
  })
}

export function useDeactivateOrganization() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: deactivateOrganization,
    onSuccess: () => qc.invalidateQueries({ queryKey: organizationKeys.all }),
  })
}
