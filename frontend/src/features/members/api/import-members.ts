import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { ImportResult } from '@/lib/api/types'

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
      Promise.all([qc.invalidateQueries({ queryKey: ['members'] }), qc.invalidateQueries({ queryKey: ['progress'] })]),
  })
}

/** `line 3` → 3; anything else stays as written. */
export function lineNumber(field: string): number | string {
  const m = /^line (\d+)$/.exec(field)
  return m ? Number(m[1]) : field
}
