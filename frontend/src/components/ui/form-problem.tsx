import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { problemText, type FieldError } from '@/lib/problem'

/**
 * The part of a failed submit that could not be put on a field: the general message and any field
 * errors that matched no form field.
 */
export function FormProblem({ error, unmatched }: { error: unknown; unmatched?: FieldError[] }) {
  const { t } = useTranslation()
  if (!error) return null
  const rest = unmatched ?? []
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      message={problemText(error, t)}
      description={
        rest.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {rest.map((e, i) => (
              <li key={i}>{e.field ? `${e.field}: ${e.message}` : e.message}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  )
}
