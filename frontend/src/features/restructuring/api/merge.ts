import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { MergeInput } from '@/lib/api/types'

/** A merger by decision; dryRun answers the same effect counts and changes nothing. */
export const mergeOrganizations = (body: MergeInput, dryRun: boolean) =>
  unwrap(api.POST('/api/v1/organizations/merge', { params: { query: { dryRun: dryRun || undefined } }, body }))

export function useMerge() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ body, dryRun }: { body: MergeInput; dryRun: boolean }) => mergeOrganizations(body, dryRun),
    onSuccess: (_, { dryRun }) => {
      if (!dryRun) void qc.invalidateQueries()
    },
  })
}
