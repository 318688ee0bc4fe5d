import { useMemo, useState } from 'react'
import { Alert, App, Button, Checkbox, Flex, Input, Popconfirm, Radio, Switch, Tag, Typography } from 'antd'
import { CheckOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { AttendanceInput, AttendanceStatus, RosterCandidate } from '@/lib/api/types'
import { ErrorState, LoadingState } from '@/components/ui/states'
import { QueuedAlert } from '@/components/offline/queued-alert'
import { ApiError, problemText } from '@/lib/problem'
import { outbox, useOutbox, type OutboxItem } from '@/lib/offline'
import { useDraft } from '@/lib/offline/drafts'
import { attendanceGroup, recordAttendance, useAttendance, useAttendanceRecorded } from '../api/attendance'

type Absence = 'ABSENT_EXCUSED' | 'ABSENT'
interface Mark {
  present: boolean
  absence: Absence
  reason: string
}

/** The marks as kept on the phone (a draft): member id and mark, in the order they were ticked. */
type DraftMarks = [number, Mark][]

/** The marks of a list sent or queued (what the outbox holds), to show it or take it back for editing. */
function marksOf(item: OutboxItem | undefined): Map<number, Mark> | undefined {
  if (item?.body?.kind !== 'json') return undefined
  const m = new Map<number, Mark>()
  for (const e of (item.body.value as AttendanceInput).entries) {
    m.set(e.memberId, {
      present: e.status === 'PRESENT',
      absence: e.status === 'ABSENT_EXCUSED' ? 'ABSENT_EXCUSED' : 'ABSENT',
      reason: e.reason ?? '',
    })
  }
  return m
}

const sentIdsOf = (item: OutboxItem | undefined): number[] =>
  item?.body?.kind === 'json' ? (item.body.value as AttendanceInput).entries.map((e) => e.memberId) : []

/**
 * Attendance as a checklist for one hand on a phone: "all present", then untick whoever is missing and say
 * whether they had a reason. A make-up session lists only those who have not studied yet (all on demand), and
 * records who came.
 *
 * The marks are kept on the phone as they are ticked (a draft), and "Lưu điểm danh" goes through the outbox: sent
 * at once when there is a network, else kept on the phone ("đang chờ gửi") and sent when it returns. A list the
 * server refuses stays here with the server's reason, its marks ready to correct, until saved again or discarded.
 */
export function AttendanceChecklist({ sessionId, onSaved }: { sessionId: number; onSaved?: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const query = useAttendance(sessionId)
  const recorded = useAttendanceRecorded(sessionId)
  const draft = useDraft<DraftMarks>(`attendance:${sessionId}`)
  const group = attendanceGroup(sessionId)
  const item = useOutbox().find((i) => i.group === group && i.kind === 'attendance')
  const [marks, setMarks] = useState<Map<number, Mark> | null>(null)
  const [showAll, setShowAll] = useState(false)
  const [sentIds, setSentIds] = useState<number[]>([])
  // while this screen sends, it stays as it is (the outbox holds the item meanwhile)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const data = query.data
  const makeUp = !!data?.makeUp
  const refused = item?.state === 'refused' ? item : undefined
  const queued = item && !refused && !busy ? item : undefined

  const initial = useMemo(() => {
    const m = new Map<number, Mark>()
    for (const e of data?.entries ?? []) {
      m.set(e.memberId, {
        present: e.status === 'PRESENT',
        absence: e.status === 'ABSENT_EXCUSED' ? 'ABSENT_EXCUSED' : 'ABSENT',
        reason: e.reason ?? '',
      })
    }
    return m
  }, [data])
  const drafted = useMemo(() => (draft.value ? new Map(draft.value) : undefined), [draft.value])
  // what is shown: a list waiting in the outbox as it was saved; else what is being ticked, the draft kept on the
  // phone, a refused list, and last what the server has
  const current = (queued ? marksOf(queued) : undefined) ?? marks ?? drafted ?? marksOf(refused) ?? initial

  if (query.isLoading || !draft.loaded) return <LoadingState rows={8} />
  if (query.isError || !data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />

  const candidates = data.candidates.filter((c) => !makeUp || showAll || !c.studied || current.get(c.memberId)?.present)
  const markOf = (c: RosterCandidate): Mark =>
    current.get(c.memberId) ?? { present: false, absence: 'ABSENT', reason: '' }
  const change = (next: Map<number, Mark>) => {
    setMarks(next)
    draft.save([...next])
  }
  const update = (id: number, change1: Partial<Mark>) => {
    const next = new Map(current)
    next.set(id, { ...(next.get(id) ?? { present: false, absence: 'ABSENT', reason: '' }), ...change1 })
    change(next)
  }
  const allPresent = () => {
    const next = new Map(current)
    for (const c of candidates) if (!c.exempt) next.set(c.memberId, { ...markOf(c), present: true })
    change(next)
  }
  const counted = candidates.filter((c) => !c.exempt)
  const present = candidates.filter((c) => markOf(c).present).length
  const excused = counted.filter((c) => !markOf(c).present && markOf(c).absence === 'ABSENT_EXCUSED').length

  const submit = async () => {
    const entries = candidates
      .filter((c) => markOf(c).present || (!makeUp && !c.exempt))
      .map((c) => {
        const m = markOf(c)
        const status: AttendanceStatus = m.present ? 'PRESENT' : m.absence
        return { memberId: c.memberId, status, reason: m.present ? undefined : m.reason.trim() || undefined }
      })
    setSentIds(entries.map((e) => e.memberId))
    setBusy(true)
    setError(null)
    try {
      if (refused) await outbox.discard(refused.id) // replaced by the corrected list, with a new key
      const { outcome } = await outbox.submit(recordAttendance(sessionId, { entries }, data.assignmentId))
      if (outcome.status === 'sent') {
        await draft.clear()
        await recorded(outcome.result)
        void message.success(t('members.attendanceSaved'))
        setMarks(null)
        onSaved?.()
      } else if (outcome.status === 'refused') {
        // kept: the item in the outbox, the marks on the screen, the server's reason above the button
        setError(new ApiError(outcome.problem))
      } else {
        // the outbox holds the list now; it is shown waiting until it is sent
        await draft.clear()
        setMarks(null)
        void message.info(t('offline.savedForLater'))
      }
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }
  const takeBack = async () => {
    // the waiting list goes back into the checklist (and the draft) for editing
    const back = marksOf(queued)
    if (queued && (await outbox.discard(queued.id)) && back) change(back)
  }
  // a refusal that arrived while the screen was away shows its reason too, on the lines it sent
  const shown = error ?? (refused?.problem ? new ApiError(refused.problem) : null)
  const lines = sentIds.length > 0 ? sentIds : sentIdsOf(refused)
  const fieldErrors = shown instanceof ApiError ? shown.problem.errors : []

  return (
    <Flex vertical gap={8} data-testid="attendance-checklist">
      {queued && (
        <QueuedAlert
          item={queued}
          testId="attendance-queued"
          message={t('offline.attendanceQueued')}
          hint={t('offline.attendanceQueuedHint')}
          onEdit={() => void takeBack()}
        />
      )}
      {refused && (
        <Alert
          type="warning"
          showIcon
          data-testid="attendance-refused"
          message={t('offline.attendanceRefusedTitle')}
          action={
            <Popconfirm
              title={t('offline.discardConfirm')}
              okText={t('offline.discard')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => {
                setError(null)
                void outbox.discard(refused.id)
              }}
            >
              <Button size="small" danger>
                {t('offline.discard')}
              </Button>
            </Popconfirm>
          }
        />
      )}
      {makeUp && (
        <Flex justify="space-between" align="center">
          <Tag color="purple">{t('members.makeUp')}</Tag>
          <Flex gap={6} align="center">
            <Typography.Text type="secondary">{t('members.showAll')}</Typography.Text>
            <Switch size="small" checked={showAll} onChange={setShowAll} aria-label={t('members.showAll')} />
          </Flex>
        </Flex>
      )}
      <Button
        size="large"
        block
        icon={<CheckOutlined />}
        onClick={allPresent}
        disabled={!!queued || busy}
        data-testid="all-present"
      >
        {t('members.allPresent')}
      </Button>
      <Typography.Text type="secondary" data-testid="attendance-counts">
        {t('members.counts', { present, excused, absent: Math.max(0, counted.length - present - excused) })}
      </Typography.Text>
      {candidates.length === 0 && <Alert type="info" showIcon message={t('members.noCandidates')} />}
      {candidates.map((c) => {
        const m = markOf(c)
        const id = c.memberId
        const sent = lines.indexOf(id)
        const rowError = sent >= 0 && fieldErrors.some((e) => e.field.startsWith(`entries[${sent}]`))
        return (
          <div
            key={id}
            className="attendance-row"
            data-testid={`attendee-${c.code}`}
            style={{ borderBottom: '1px solid #f0f0f0', padding: '6px 0', minHeight: 48 }}
          >
            <Checkbox
              checked={m.present}
              disabled={!!queued || busy}
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
                  disabled={!!queued || busy}
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
                    disabled={!!queued || busy}
                    status={rowError ? 'error' : undefined}
                    onChange={(e) => update(id, { reason: e.target.value })}
                  />
                )}
              </Flex>
            )}
          </div>
        )
      })}
      {shown !== null && (
        <Alert
          type="error"
          showIcon
          data-testid="attendance-error"
          message={problemText(shown, t)}
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
      {data.canEdit && !queued && (
        <div style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '8px 0' }}>
          <Button
            type="primary"
            size="large"
            block
            loading={busy}
            onClick={() => void submit()}
            data-testid="save-attendance"
          >
            {t('members.saveAttendance')}
          </Button>
        </div>
      )}
    </Flex>
  )
}
