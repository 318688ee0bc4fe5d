import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { AuditEntity } from '@/lib/api/types'
import { auditKeys } from '@/lib/api/query-keys'

export const auditQuery = (entityType: AuditEntity, entityId: number | string) =>
  queryOptions({
    queryKey: auditKeys.entity(entityType, entityId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/audit', {
          params: { query: { entityType, entityId: String(entityId), page: 0, size: 200 } },
        }),
      ),
  })

/** The change history of one entity, oldest first (ADMIN and DEPARTMENT only). */
export function useAudit(entityType: AuditEntity, entityId: number | string | undefined, enabled = true) {
  return useQuery({ ...auditQuery(entityType, entityId ?? ''), enabled: enabled && entityId !== undefined })
}
