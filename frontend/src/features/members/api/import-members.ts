import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { ImportResult } from '@/lib/api/types'
import { memberKeys, progressKeys } from '@/lib/api/query-keys'

/** Upserts members by code, all or nothing; a 422 names every bad line (`field: "line 3"`). */
export const importMembersCsv = (csv: string): Promise<ImportResult> =>
  unwrap(
    api.POST('/api/v1/members/import', {
      body: csv as never,
      bodySerializer: (b: unknown) => b as string,
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    }),
  )

export function useImportMembers() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: importMembersCsv,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: memberKeys.all }),
        qc.invalidateQueries({ queryKey: progressKeys.all }),
      ]),
  })
}

/** `line 3` → 3; anything else stays as written. */
export function lineNumber(field: string): number | string {
  const m = /^line (\d+)$/.exec(field)
  return m ? Number(m[1]) : field
}
