import { useCallback, useState } from 'react'
import type { FormInstance } from 'antd'
import { applyProblemToForm, type FieldError } from './problem'

/** Puts a failed submit's field errors on the form and keeps the rest for a FormProblem alert. */
export function useFormProblem(form: FormInstance) {
  const [error, setError] = useState<unknown>(null)
  const [unmatched, setUnmatched] = useState<FieldError[]>([])
  const handle = useCallback(
    (e: unknown) => {
      setError(e)
      setUnmatched(applyProblemToForm(form, e))
    },
    [form],
  )
  const clear = useCallback(() => {
    setError(null)
    setUnmatched([])
  }, [])
  return { error, unmatched, handle, clear }
}
