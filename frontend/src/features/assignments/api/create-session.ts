import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrapAs } from '@/lib/api/client'
import type { Session, SessionInput } from '@/lib/api/types'
import { assignmentKeys, progressKeys } from '@/lib/api/query-keys'

export const createSession = (assignmentId: number, body: SessionInput) =>
  unwrapAs<Session>(api.POST('/api/v1/assignments/{id}/sessions', { params: { path: { id: assignmentId } }, body }))

export function useCreateSession(assignmentId: number) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: SessionInput) => createSession(assignmentId, body),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: assignmentKeys.all }),
        qc.invalidateQueries({ queryKey: progressKeys.all }),
      ]),
  })
}
