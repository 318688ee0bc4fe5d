import { useEffect, useState } from 'react'
import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Select } from 'antd'
import { CalendarOutlined, CloseCircleOutlined, EditOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Assignment, Session, SessionInput } from '@/lib/api/types'
import { FormProblem } from '@/components/ui/form-problem'
import { useFormProblem } from '@/lib/use-form-problem'
import { ApiError } from '@/lib/problem'
import { fromLocalInput, toLocalInput, todayIso } from '@/lib/format'
import { assignmentGroup, outbox, useOutbox, type NewOutboxItem, type OutboxItem } from '@/lib/offline'
import { useDraft } from '@/lib/offline/drafts'
import { scheduleSession, updateSession } from '../api/create-session'

interface Values {
  /** `yyyy-MM-ddTHH:mm`, Hồ Chí Minh City time (a native input: fits any phone, no cut-off calendar) */
  startsAt: string
  endsAt?: string | null
  venue?: string
  format: SessionInput['format']
  presenter?: string
  expectedAttendees?: number | null
}

const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const

const toBody = (v: Values): SessionInput => ({
  startsAt: fromLocalInput(v.startsAt) ?? '',
  endsAt: fromLocalInput(v.endsAt),
  venue: v.venue?.trim() || undefined,
  format: v.format,
  presenter: v.presenter?.trim() || undefined,
  expectedAttendees: v.expectedAttendees ?? undefined,
})

const fromSession = (s: Partial<Session | SessionInput>): Values => ({
  startsAt: toLocalInput(s.startsAt),
  endsAt: toLocalInput(s.endsAt) || null,
  venue: s.venue ?? undefined,
  format: s.format ?? 'IN_PERSON',
  presenter: s.presenter ?? undefined,
  expectedAttendees: s.expectedAttendees ?? null,
})

const tomorrowAt8 = () => {
  const d = new Date(Date.now() + 24 * 3600_000)
  return `${todayIso(d)}T08:00`
}

const label = (a: Assignment) => `${a.planNumber} · ${a.tierName}`

/** Submits through the outbox and says what happened; true when the dialog may close. */
function useOutboxSubmit() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  return async (item: NewOutboxItem, done: string, onRefused: (e: ApiError) => void): Promise<boolean> => {
    const { outcome } = await outbox.submit(item)
    if (outcome.status === 'sent') void message.success(done)
    else if (outcome.status === 'waiting') void message.info(t('offline.savedForLater'))
    else {
      onRefused(new ApiError(outcome.problem))
      return false
    }
    return true
  }
}

/**
 * The session dialog: schedule a new one, or edit a scheduled one. What is typed is kept as a draft on the
 * phone; the submission goes through the outbox (sent now, or when the network returns).
 */
function SessionDialog({
  assignment,
  session,
  refused,
  open,
  onClose,
}: {
  assignment: Assignment
  session?: Session
  refused?: OutboxItem
  open: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const problem = useFormProblem(form)
  const send = useOutboxSubmit()
  const [busy, setBusy] = useState(false)
  const id = assignment.id
  const draft = useDraft<Values>(`session:${id}:${session?.id ?? 'new'}`)
  const { handle } = problem
  const refusedBody = refused?.body?.kind === 'json' ? (refused.body.value as SessionInput) : undefined
  const initial: Values = refusedBody
    ? fromSession(refusedBody)
    : (draft.value ??
      (session ? fromSession(session) : { format: 'IN_PERSON', startsAt: tomorrowAt8(), expectedAttendees: null }))

  useEffect(() => {
    if (open && refused?.problem) handle(new ApiError(refused.problem))
  }, [open, refused, handle])

  const submit = async (v: Values) => {
    setBusy(true)
    try {
      if (refused) await outbox.discard(refused.id)
      const item = session
        ? updateSession(id, session.id, session.version, toBody(v), label(assignment))
        : scheduleSession(id, toBody(v), label(assignment))
      if (await send(item, session ? t('offline.sessionUpdated') : t('work.scheduled'), handle)) {
        await draft.clear()
        onClose()
      }
    } catch (e) {
      handle(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={open}
      title={session ? t('offline.editSession') : t('work.schedule')}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      destroyOnHidden
      width={520}
    >
      {draft.loaded && (
        <>
          <FormProblem error={problem.error} unmatched={problem.unmatched} />
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={(v) => void submit(v)}
            initialValues={initial}
            onValuesChange={(_, all) => draft.save(all)}
          >
            <Form.Item
              label={t('work.startsAt')}
              name="startsAt"
              rules={[
                {
                  required: true,
                  message: t('validation.requiredSelect', { field: t('work.startsAt').toLowerCase() }),
                },
              ]}
            >
              <Input type="datetime-local" size="large" />
            </Form.Item>
            <Form.Item label={t('work.endsAt')} name="endsAt">
              <Input type="datetime-local" size="large" />
            </Form.Item>
            <Form.Item label={t('work.venue')} name="venue">
              <Input size="large" />
            </Form.Item>
            <Form.Item label={t('work.format')} name="format" rules={[{ required: true }]}>
              <Select size="large" options={FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))} />
            </Form.Item>
            <Form.Item label={t('work.presenter')} name="presenter">
              <Input size="large" />
            </Form.Item>
            <Form.Item label={t('work.expectedAttendees')} name="expectedAttendees">
              <InputNumber min={0} style={{ width: '100%' }} inputMode="numeric" size="large" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  )
}

/** A refused session filing of this assignment, kept in the outbox for correcting. */
function useRefusedSession(assignmentId: number | undefined, kind: string) {
  const items = useOutbox()
  if (assignmentId === undefined) return undefined
  const group = assignmentGroup(assignmentId)
  return items.find((i) => i.group === group && i.kind === kind && i.state === 'refused')
}

/** Schedules the session (hội nghị) that fulfils an assignment. */
export function ScheduleSessionButton({ assignment, block }: { assignment: Assignment; block?: boolean }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const refused = useRefusedSession(assignment.id, 'session')
  return (
    <>
      <Button icon={<CalendarOutlined />} onClick={() => setOpen(true)} block={block} danger={!!refused}>
        {refused ? t('offline.scheduleRefused') : t('work.schedule')}
      </Button>
      <SessionDialog assignment={assignment} refused={refused} open={open} onClose={() => setOpen(false)} />
    </>
  )
}

/** Edit or cancel a scheduled session. */
export function SessionActions({ assignment, session }: { assignment: Assignment; session: Session }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const send = useOutboxSubmit()
  const { message } = App.useApp()
  const refused = useRefusedSession(assignment.id, 'session-edit')
  const cancel = async () => {
    const item = updateSession(assignment.id, session.id, session.version, { status: 'CANCELLED' }, label(assignment))
    await send(item, t('offline.sessionCancelled'), (e) => void message.error(e.message))
  }
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen(true)} danger={!!refused}>
        {t('offline.editSession')}
      </Button>
      <Popconfirm
        title={t('offline.cancelSessionConfirm')}
        okText={t('offline.cancelSession')}
        cancelText={t('common.no')}
        okButtonProps={{ danger: true }}
        onConfirm={() => cancel()}
      >
        <Button icon={<CloseCircleOutlined />} danger>
          {t('offline.cancelSession')}
        </Button>
      </Popconfirm>
      <SessionDialog
        assignment={assignment}
        session={session}
        refused={refused}
        open={open}
        onClose={() => setOpen(false)}
      />
    </>
  )
}
