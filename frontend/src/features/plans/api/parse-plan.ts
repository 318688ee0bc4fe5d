import { useMutation } from '@tanstack/react-query'
import { api, unwrap } from '@/lib/api/client'
import type { PlanDraft } from '@/lib/api/types'

/** What the reader is given: pasted text, or a .docx file (sent as the multipart part `file`). */
export type PlanSource = { text: string } | { file: File }

/** Reads pasted plan text into a draft (operation `parsePlanText`); nothing is saved. */
export const parsePlanText = (text: string): Promise<PlanDraft> =>
  unwrap(
    api.POST('/api/v1/plans/parse', {
      // the text goes as it is, not as JSON
      body: text as never,
      bodySerializer: (b: unknown) => b as string,
      headers: { 'Content-Type': 'text/plain; charset=UTF-8' },
    }),
  )

/** Reads an uploaded .docx into a draft (operation `parsePlanDocx`); nothing is saved. */
export const parsePlanDocx = (file: File): Promise<PlanDraft> => {
  const form = new FormData()
  form.append('file', file, file.name)
  return unwrap(
    api.POST('/api/v1/plans/parse', {
      body: form as never,
      // FormData goes as it is; the browser sets the multipart boundary
      bodySerializer: (b: unknown) => b as FormData,
    }),
  )
}

export function useParsePlan() {
  return useMutation({
    mutationFn: (source: PlanSource) => ('file' in source ? parsePlanDocx(source.file) : parsePlanText(source.text)),
  })
}
