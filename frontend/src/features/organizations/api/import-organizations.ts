import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { ImportResult } from '@/lib/api/types'
import { organizationKeys } from '@/lib/api/query-keys'

/** Upserts by code, all or nothing; a 422 lists every bad line (`field: "line 3"`). */
export const importOrganizationsCsv = (csv: string): Promise<ImportResult> =>
  unwrap(
    api.POST('/api/v1/organizations/import', {
      // the CSV goes as it is, not as JSON
      body: csv as never,
      bodySerializer: (b: unknown) => b as string,
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    }),
  )

export function useImportOrganizations() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: importOrganizationsCsv,
    onSuccess: () => qc.invalidateQueries({ queryKey: organizationKeys.all }),
  })
}

/** `line 3` → 3; anything else stays as written. */
export function lineNumber(field: string): number | string {
  const m = /(\d+)/.exec(field)
  return m ? Number(m[1]) : field
}
