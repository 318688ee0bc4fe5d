import { useMemo, useState } from 'react'
import { Alert, App, Button, Checkbox, Flex, Input, Radio, Switch, Tag, Typography } from 'antd'
import { CheckOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { AttendanceStatus, RosterCandidate } from '@/lib/api/types'
import { ErrorState, LoadingState } from '@/components/ui/states'
import { ApiError, problemText } from '@/lib/problem'
import { useAttendance, useRecordAttendance } from '../api/attendance'

type Absence = 'ABSENT_EXCUSED' | 'ABSENT'
interface Mark {
  present: boolean
  absence: Absence
  reason: string
}

/**
 * Attendance as a checklist for one hand on a phone: "all present", then untick whoever is missing and say
 * whether they had a reason. A make-up session lists only those who have not studied yet (all on demand), and
 * records who came.
 */
export function AttendanceChecklist({ sessionId, onSaved }: { sessionId: number; onSaved?: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const query = useAttendance(sessionId)
  const save = useRecordAttendance(sessionId)
  const [marks, setMarks] = useState<Map<number, Mark> | null>(null)
  const [showAll, setShowAll] = useState(false)
  const [sentIds, setSentIds] = useState<number[]>([])
  const data = query.data
  const makeUp = !!data?.makeUp

  const initial = useMemo(() => {
    const m = new Map<number, Mark>()
    for (const e of data?.entries ?? []) {
      if (e.memberId === undefined) continue
      m.set(e.memberId, {
        present: e.status === 'PRESENT',
        absence: e.status === 'ABSENT_EXCUSED' ? 'ABSENT_EXCUSED' : 'ABSENT',
        reason: e.reason ?? '',
      })
    }
    return m
  }, [data])
  const current = marks ?? initial

  if (query.isLoading) return <LoadingState rows={8} />
  if (query.isError || !data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />

  const candidates = (data.candidates ?? []).filter(
    (c) => !makeUp || showAll || !c.studied || current.get(c.memberId ?? 0)?.present,
  )
  const markOf = (c: RosterCandidate): Mark =>
    current.get(c.memberId ?? 0) ?? { present: false, absence: 'ABSENT', reason: '' }
  const update = (id: number, change: Partial<Mark>) => {
    const next = new Map(current)
    next.set(id, { ...(next.get(id) ?? { present: false, absence: 'ABSENT', reason: '' }), ...change })
    setMarks(next)
  }
  const allPresent = () => {
    const next = new Map(current)
    for (const c of candidates)
      if (!c.exempt && c.memberId !== undefined) next.set(c.memberId, { ...markOf(c), present: true })
    setMarks(next)
  }
  const counted = candidates.filter((c) => !c.exempt)
  const present = candidates.filter((c) => markOf(c).present).length
  const excused = counted.filter((c) => !markOf(c).present && markOf(c).absence === 'ABSENT_EXCUSED').length

  const submit = () => {
    const entries = candidates
      .filter((c) => c.memberId !== undefined && (markOf(c).present || (!makeUp && !c.exempt)))
      .map((c) => {
        const m = markOf(c)
        const status: AttendanceStatus = m.present ? 'PRESENT' : m.absence
        return { memberId: c.memberId as number, status, reason: m.present ? undefined : m.reason.trim() || undefined }
      })
    setSentIds(entries.map((e) => e.memberId))
    save.mutate(
      { entries },
      {
        onSuccess: () => {
          void message.success(t('members.attendanceSaved'))
          setMarks(null)
          onSaved?.()
        },
      },
    )
  }
  const fieldErrors = save.error instanceof ApiError ? (save.error.problem.errors ?? []) : []

  return (
    <Flex vertical gap={8} data-testid="attendance-checklist">
      {makeUp && (
        <Flex justify="space-between" align="center">
          <Tag color="purple">{t('members.makeUp')}</Tag>
          <Flex gap={6} align="center">
            <Typography.Text type="secondary">{t('members.showAll')}</Typography.Text>
            <Switch size="small" checked={showAll} onChange={setShowAll} aria-label={t('members.showAll')} />
          </Flex>
        </Flex>
      )}
      <Button size="large" block icon={<CheckOutlined />} onClick={allPresent} data-testid="all-present">
        {t('members.allPresent')}
      </Button>
      <Typography.Text type="secondary" data-testid="attendance-counts">
        {t('members.counts', { present, excused, absent: Math.max(0, counted.length - present - excused) })}
      </Typography.Text>
      {candidates.length === 0 && <Alert type="info" showIcon message={t('members.noCandidates')} />}
      {candidates.map((c) => {
        const m = markOf(c)
        const id = c.memberId ?? 0
        const sent = sentIds.indexOf(id)
        const rowError = sent >= 0 && fieldErrors.some((e) => e.field?.startsWith(`entries[${sent}]`))
        return (
          <div
            key={id}
            className="attendance-row"
            data-testid={`attendee-${c.code}`}
            style={{ borderBottom: '1px solid #f0f0f0', padding: '6px 0', minHeight: 48 }}
          >
            <Checkbox
              checked={m.present}
              onChange={(e) => update(id, { present: e.target.checked })}
              style={{ width: '100%', padding: '8px 0', fontSize: 16 }}
            >
              <span>{c.fullName}</span>
              {c.status === 'DU_BI' && (
                <Tag style={{ marginLeft: 6 }} color="blue">
                  {t('members.status.DU_BI')}
                </Tag>
              )}
              {c.exempt && <Tag style={{ marginLeft: 6 }}>{t('members.exempt')}</Tag>}
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.orgName}
              </Typography.Text>
            </Checkbox>
            {!m.present && !makeUp && !c.exempt && (
              <Flex vertical gap={6} style={{ paddingLeft: 24, paddingBottom: 4 }}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  value={m.absence}
                  onChange={(e) => update(id, { absence: e.target.value as Absence })}
                  options={[
                    { value: 'ABSENT_EXCUSED', label: t('members.attendance.ABSENT_EXCUSED') },
                    { value: 'ABSENT', label: t('members.attendance.ABSENT') },
                  ]}
                />
                {m.absence === 'ABSENT_EXCUSED' && (
                  <Input
                    placeholder={t('members.reason')}
                    aria-label={t('members.reasonFor', { name: c.fullName })}
                    value={m.reason}
                    status={rowError ? 'error' : undefined}
                    onChange={(e) => update(id, { reason: e.target.value })}
                  />
                )}
              </Flex>
            )}
          </div>
        )
      })}
      {save.error !== null && save.error !== undefined && (
        <Alert
          type="error"
          showIcon
          message={problemText(save.error, t)}
          description={
            fieldErrors.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {fieldErrors.map((e, i) => (
                  <li key={i}>{e.message}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      {data.canEdit && (
        <div style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '8px 0' }}>
          <Button
            type="primary"
            size="large"
            block
            loading={save.isPending}
            onClick={submit}
            data-testid="save-attendance"
          >
            {t('members.saveAttendance')}
          </Button>
        </div>
      )}
    </Flex>
  )
}
