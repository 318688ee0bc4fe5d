import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import { notificationKeys } from '@/lib/api/query-keys'

export const markRead = (id: number) =>
  unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }))

export function useMarkRead() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: markRead,
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  })
}
