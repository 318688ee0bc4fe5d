import { useMemo, type ReactNode } from 'react'
import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { confidenceLevel } from './source-marks'
import { planChecks } from './draft-checks'
import { checkText, type SourceLink, type TierValues } from './plan-form-model'

/** What a form field shows of the source and the checks; spread into its `Form.Item`. */
export interface FieldMarks {
  /** The class of a field the reader filled: its confidence, and whether it is the highlighted one. */
  mark: (key: string) => { className?: string }
  /** The reader's warnings and the checks about one field, shown under it after `more`. */
  note: (key: string, more?: ReactNode) => { extra?: ReactNode }
}

export function useFieldMarks(source: SourceLink | undefined, tiers: TierValues[] | undefined): FieldMarks {
  const { t } = useTranslation()
  const checks = useMemo(() => planChecks(tiers), [tiers])
  const mark = (key: string) => {
    const span = source?.spans[key]
    if (!span) return {}
    const cls = `src-field src-${confidenceLevel(span.confidence)}${source.active === key ? ' src-active' : ''}`
    return { className: cls }
  }
  const notesFor = (key: string): string[] => [
    ...(source?.notes?.[key] ?? []),
    ...checks.filter((c) => c.key === key).map((c) => checkText(c, t)),
  ]
  const note = (key: string, more?: ReactNode) => {
    const ns = notesFor(key)
    if (ns.length === 0 && !more) return {}
    return { extra: <FieldNotes fieldKey={key} notes={ns} before={more} /> }
  }
  return { mark, note }
}

function FieldNotes({ fieldKey, notes, before }: { fieldKey: string; notes: string[]; before?: ReactNode }) {
  return (
    <>
      {before}
      {notes.map((n, i) => (
        <div key={i} className="field-note" role="note" data-testid={`note-${fieldKey}`}>
          <Typography.Text type="warning">{n}</Typography.Text>
        </div>
      ))}
    </>
  )
}
