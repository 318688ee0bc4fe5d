import { useMemo, useState } from 'react'
import { Alert, App, Button, Checkbox, Flex, Select, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { WriteUpGrade } from '@/lib/api/types'
import { LoadingState } from '@/components/ui/states'
import { ApiError, problemText } from '@/lib/problem'
import { todayIso } from '@/lib/format'
import { useRecordWriteUps, useWriteUps } from '../api/write-ups'

const GRADES: WriteUpGrade[] = ['CHUA_DAT', 'DAT', 'KHA', 'TOT']
interface Tick {
  submittedOn: string
  grade: WriteUpGrade | null
}

/** Write-up ticks and grades (bài thu hoạch) for the members of one assignment. */
export function WriteUpsEditor({ assignmentId }: { assignmentId: number }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const query = useWriteUps(assignmentId)
  const save = useRecordWriteUps(assignmentId)
  const [ticks, setTicks] = useState<Map<number, Tick> | null>(null)
  const initial = useMemo(() => {
    const m = new Map<number, Tick>()
    for (const e of query.data?.entries ?? [])
      m.set(e.memberId, { submittedOn: e.submittedOn ?? todayIso(), grade: e.grade ?? null })
    return m
  }, [query.data])
  if (query.isLoading) return <LoadingState rows={4} />
  if (query.isError || !query.data) return null
  const current = ticks ?? initial
  const set = (id: number, tick: Tick | null) => {
    const next = new Map(current)
    if (tick) next.set(id, tick)
    else next.delete(id)
    setTicks(next)
  }
  const candidates = query.data.candidates.filter((c) => !c.exempt || current.has(c.memberId))
  const submit = () =>
    save.mutate(
      {
        entries: [...current.entries()].map(([memberId, tick]) => ({
          memberId,
          submittedOn: tick.submittedOn,
          grade: tick.grade ?? undefined,
        })),
      },
      {
        onSuccess: () => {
          setTicks(null)
          void message.success(t('members.writeUpsSaved'))
        },
      },
    )
  return (
    <Flex vertical gap={4} data-testid="write-ups">
      <Typography.Text type="secondary">
        {t('members.writeUpsCount', { n: current.size, total: candidates.length })}
      </Typography.Text>
      {candidates.map((c) => {
        const id = c.memberId
        const tick = current.get(id)
        return (
          <Flex key={id} align="center" gap={8} wrap style={{ minHeight: 44, borderBottom: '1px solid #f0f0f0' }}>
            <Checkbox
              checked={!!tick}
              disabled={!query.data.canEdit}
              onChange={(e) => set(id, e.target.checked ? { submittedOn: todayIso(), grade: null } : null)}
              style={{ flex: 1, minWidth: 180 }}
              data-testid={`write-up-${c.code}`}
            >
              {c.fullName}
            </Checkbox>
            {tick && (
              <Select<WriteUpGrade | 'NONE'>
                size="middle"
                style={{ width: 130 }}
                disabled={!query.data.canEdit}
                value={tick.grade ?? 'NONE'}
                aria-label={t('members.gradeFor', { name: c.fullName })}
                onChange={(v) => set(id, { ...tick, grade: v === 'NONE' ? null : v })}
                options={[
                  { value: 'NONE', label: t('members.grade.NONE') },
                  ...GRADES.map((g) => ({ value: g, label: t(`members.grade.${g}`) })),
                ]}
              />
            )}
          </Flex>
        )
      })}
      {save.error != null && (
        <Alert
          type="error"
          showIcon
          message={problemText(save.error, t)}
          description={
            save.error instanceof ApiError && save.error.problem.errors.map((e, i) => <div key={i}>{e.message}</div>)
          }
        />
      )}
      {query.data.canEdit && (
        <Button
          type="primary"
          block
          size="large"
          onClick={submit}
          loading={save.isPending}
          data-testid="save-write-ups"
        >
          {t('members.saveWriteUps')}
        </Button>
      )}
    </Flex>
  )
}
