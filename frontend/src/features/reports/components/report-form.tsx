import type { ReactNode } from 'react'
import { useEffect, useMemo, useState } from 'react'
import { Alert, App, Button, Col, Form, Input, InputNumber, Popconfirm, Row, Select, Switch } from 'antd'
import { SendOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Report, ReportInput } from '@/lib/api/types'
import { FormProblem } from '@/components/ui/form-problem'
import { LoadingState } from '@/components/ui/states'
import { QueuedAlert } from '@/components/offline/queued-alert'
import { useFormProblem } from '@/lib/use-form-problem'
import { ApiError } from '@/lib/problem'
import { todayIso } from '@/lib/format'
import { assignmentGroup, outbox, useOutbox, type OutboxItem } from '@/lib/offline'
import { useDraft } from '@/lib/offline/drafts'
import { reportSubmission } from '../api/create-report'
import { EvidencePhotos, type EvidenceFile } from './evidence-photos'

export const PROPAGANDA_FORMS = ['loa', 'pano', 'web', 'mxh', 'hoithi'] as const

export interface ReportValues {
  /** yyyy-MM-dd (a native date input: fits any phone) */
  heldOn: string | null
  attendees: number | null
  expected: number | null
  absentWithReason: number | null
  writeUps: number | null
  actionProgrammeAdopted: boolean
  actionProgrammeRef?: string | null
  propagandaForms: string[]
  notes?: string | null
}

type Filed = Pick<
  Report,
  | 'heldOn'
  | 'attendees'
  | 'expected'
  | 'absentWithReason'
  | 'writeUps'
  | 'actionProgrammeAdopted'
  | 'actionProgrammeRef'
  | 'propagandaForms'
  | 'notes'
>

/**
 * What the form starts from: an earlier filing (the returned report, or a refused one from the outbox) or, for a
 * first report, the session's expected attendance (else the member count) and the session's day.
 */
export function initialReportValues(
  previous: Filed | undefined,
  expected: number | undefined,
  heldOn: string = todayIso(),
): ReportValues {
  if (previous)
    return {
      heldOn: previous.heldOn,
      attendees: previous.attendees,
      expected: previous.expected,
      absentWithReason: previous.absentWithReason,
      writeUps: previous.writeUps,
      actionProgrammeAdopted: !!previous.actionProgrammeAdopted,
      actionProgrammeRef: previous.actionProgrammeRef,
      propagandaForms: [...previous.propagandaForms],
      notes: previous.notes,
    }
  return {
    heldOn,
    attendees: null,
    expected: expected ?? null,
    absentWithReason: 0,
    writeUps: 0,
    actionProgrammeAdopted: false,
    actionProgrammeRef: null,
    propagandaForms: [],
    notes: null,
  }
}

export function toReportInput(v: ReportValues): ReportInput {
  return {
    heldOn: v.heldOn ?? '',
    attendees: v.attendees ?? 0,
    expected: v.expected ?? undefined,
    absentWithReason: v.absentWithReason ?? 0,
    writeUps: v.writeUps ?? 0,
    actionProgrammeAdopted: !!v.actionProgrammeAdopted,
    actionProgrammeRef: v.actionProgrammeAdopted ? v.actionProgrammeRef?.trim() || undefined : undefined,
    propagandaForms: v.propagandaForms,
    notes: v.notes?.trim() || undefined,
  }
}

/** The body without the typed head counts: the server counts them from the roster. */
const ROSTER_FIGURES = new Set(['attendees', 'expected', 'absentWithReason', 'writeUps'])
function withoutFigures(input: ReportInput): ReportInput {
  return Object.fromEntries(Object.entries(input).filter(([k]) => !ROSTER_FIGURES.has(k))) as ReportInput
}

interface Draft {
  values: ReportValues
  evidence: EvidenceFile[]
}

const evidenceOf = (items: OutboxItem[]): EvidenceFile[] =>
  items.flatMap((i) =>
    i.body?.kind === 'file' ? [{ id: i.id, blob: i.body.blob, fileName: i.body.fileName, type: i.body.blob.type }] : [],
  )

interface Props {
  assignmentId: number
  /** the latest filed version (a returned report is the start of its resubmission) */
  previous?: Report
  /** the default of "Số phải dự": the session's expected attendance, else the organisation's member count */
  memberCount?: number
  /** the default of "Ngày tổ chức": the session's day */
  heldOn?: string
  /** names the filing in the outbox list */
  label?: string
  /** Where the organisation keeps a roster, the figures come from its attendance and write-ups: shown, not typed. */
  rosterFigures?: ReactNode
  onSubmitted?: (r: Report) => void
}

/**
 * The completion report (báo cáo kết quả); one column on a phone. What is typed is kept as a draft on the phone;
 * "Gửi báo cáo" queues the report and its evidence in the outbox and sends them at once when there is a network,
 * else when it comes back. A refusal from the server comes back into this form with the server's reason.
 */
export function ReportForm(props: Props) {
  const { t } = useTranslation()
  const items = useOutbox()
  const group = assignmentGroup(props.assignmentId)
  const mine = items.filter((i) => i.group === group)
  const queued = mine.find((i) => i.kind === 'report')
  const queuedEvidence = queued ? mine.filter((i) => i.kind === 'attachment' && i.after === queued.id) : []
  const draft = useDraft<Draft>(`report:${props.assignmentId}`)
  const [editing, setEditing] = useState<Draft | null>(null)
  // while this form sends, it stays as it is (the outbox shows the item meanwhile); once sent it says so
  const [phase, setPhase] = useState<{ name: 'idle' | 'submitting' | 'sent'; key?: string }>({ name: 'idle' })

  if (!draft.loaded) return <LoadingState rows={6} />
  // sent: the screen reloads what the server now says (the toast has said "Đã gửi báo cáo")
  if (phase.name === 'sent') return <LoadingState rows={2} />
  if (queued && queued.state !== 'refused' && !editing && phase.name === 'idle')
    return (
      <QueuedAlert
        item={queued}
        testId="report-queued"
        message={t('offline.reportQueued')}
        hint={t('offline.reportQueuedHint', { count: queuedEvidence.length })}
        onEdit={async () => {
          // taken back out of the outbox into the form, evidence included
          const body = queued.body?.kind === 'json' ? (queued.body.value as Filed) : undefined
          const back: Draft = {
            values: initialReportValues(body, props.memberCount, props.heldOn),
            evidence: evidenceOf(queuedEvidence),
          }
          if (await outbox.discard(queued.id)) {
            draft.save(back)
            setEditing(back)
          }
        }}
      />
    )
  const refused = queued?.state === 'refused' ? queued : undefined
  const start: Draft | undefined = refused
    ? {
        values: initialReportValues(
          refused.body?.kind === 'json' ? (refused.body.value as Filed) : undefined,
          props.memberCount,
          props.heldOn,
        ),
        evidence: evidenceOf(queuedEvidence),
      }
    : (editing ?? draft.value)
  const liveKey = refused?.id ?? 'draft'
  return (
    <ReportFields
      key={phase.name === 'submitting' ? phase.key : liveKey}
      {...props}
      start={start}
      refused={refused}
      saveDraft={draft.save}
      clearDraft={draft.clear}
      onPhase={(name) => {
        if (name === 'idle') setEditing(null)
        setPhase({ name, key: liveKey })
      }}
    />
  )
}

function ReportFields({
  assignmentId,
  previous,
  memberCount,
  heldOn,
  label,
  rosterFigures,
  onSubmitted,
  start,
  refused,
  saveDraft,
  clearDraft,
  onPhase,
}: Props & {
  start?: Draft
  refused?: OutboxItem
  saveDraft: (d: Draft) => void
  clearDraft: () => Promise<void>
  onPhase: (phase: 'idle' | 'submitting' | 'sent') => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<ReportValues>()
  const problem = useFormProblem(form)
  const [sending, setSending] = useState(false)
  const initial = useMemo(
    () => start?.values ?? initialReportValues(previous, memberCount, heldOn),
    [start, previous, memberCount, heldOn],
  )
  const [evidence, setEvidence] = useState<EvidenceFile[]>(start?.evidence ?? [])
  const adopted = Form.useWatch('actionProgrammeAdopted', form)
  const { handle } = problem

  // a refusal that arrived while the form was away: its reason and field errors, on the form
  useEffect(() => {
    if (refused?.problem) handle(new ApiError(refused.problem))
  }, [refused, handle])

  const keep = (values: ReportValues, files = evidence) => saveDraft({ values, evidence: files })

  const submit = async (v: ReportValues) => {
    setSending(true)
    onPhase('submitting')
    try {
      if (refused) await outbox.discard(refused.id) // replaced by the corrected filing, with new keys
      const batch = reportSubmission(
        assignmentId,
        rosterFigures ? withoutFigures(toReportInput(v)) : toReportInput(v),
        evidence,
        label,
      )
      const { outcome } = await outbox.submit(...batch)
      if (outcome.status === 'sent') {
        await clearDraft()
        void message.success(t('report.submitted'))
        onPhase('sent')
        onSubmitted?.(outcome.result as Report)
        return
      }
      if (outcome.status === 'refused') handle(new ApiError(outcome.problem))
      else {
        await clearDraft()
        void message.info(t('offline.savedForLater'))
      }
      onPhase('idle')
    } catch (e) {
      handle(e)
      onPhase('idle')
    } finally {
      setSending(false)
    }
  }

  const num = (labelKey: string, name: keyof ReportValues, extra?: object) => (
    <Form.Item
      label={t(labelKey)}
      name={name}
      rules={[{ required: true, message: t('validation.required', { field: t(labelKey).toLowerCase() }) }]}
      {...extra}
    >
      <InputNumber min={0} precision={0} inputMode="numeric" style={{ width: '100%' }} size="large" />
    </Form.Item>
  )

  return (
    <Form<ReportValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      disabled={sending}
      scrollToFirstError
      data-testid="report-form"
      onValuesChange={(_, all) => {
        if (problem.error && !refused) problem.clear()
        keep(all)
      }}
      onFinish={(v) => void submit(v)}
    >
      {refused && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="report-refused"
          message={t('offline.refusedTitle')}
          action={
            <Popconfirm
              title={t('offline.discardConfirm')}
              okText={t('offline.discard')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => void outbox.discard(refused.id)}
            >
              <Button size="small" danger>
                {t('offline.discard')}
              </Button>
            </Popconfirm>
          }
        />
      )}
      <FormProblem error={problem.error} unmatched={problem.unmatched} />
      <Form.Item
        label={t('report.heldOn')}
        name="heldOn"
        rules={[
          { required: true, message: t('validation.requiredSelect', { field: t('report.heldOn').toLowerCase() }) },
        ]}
      >
        <Input type="date" size="large" max={todayIso()} />
      </Form.Item>
      {rosterFigures ? (
        <Form.Item label={t('report.figuresFromRoster')}>{rosterFigures}</Form.Item>
      ) : (
        <Row gutter={12}>
          <Col span={12}>
            {num('report.attendees', 'attendees', {
              dependencies: ['expected'],
              rules: [
                { required: true, message: t('validation.required', { field: t('report.attendees').toLowerCase() }) },
                ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
                  validator: async (_: unknown, v: number | null | undefined) => {
                    const e = getFieldValue('expected') as number | null | undefined
                    if (v !== null && v !== undefined && e !== null && e !== undefined && v > e)
                      throw new Error(t('validation.attendeesOverExpected'))
                  },
                }),
              ],
            })}
          </Col>
          <Col span={12}>{num('report.expected', 'expected', { tooltip: t('report.expectedHint') })}</Col>
          <Col span={12}>{num('report.absentWithReason', 'absentWithReason')}</Col>
          <Col span={12}>{num('report.writeUps', 'writeUps')}</Col>
        </Row>
      )}
      <Form.Item label={t('report.actionProgrammeAdopted')} name="actionProgrammeAdopted" valuePropName="checked">
        <Switch />
      </Form.Item>
      {adopted && (
        <Form.Item
          label={t('report.actionProgrammeRef')}
          name="actionProgrammeRef"
          rules={[
            {
              required: true,
              message: t('validation.required', { field: t('report.actionProgrammeRef').toLowerCase() }),
            },
          ]}
        >
          <Input size="large" placeholder="05-CTr/ĐU" />
        </Form.Item>
      )}
      <Form.Item label={t('report.propagandaForms')} name="propagandaForms" extra={t('report.propagandaFormsHint')}>
        <Select
          mode="tags"
          size="large"
          options={PROPAGANDA_FORMS.map((f) => ({ value: f, label: t(`report.forms.${f}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('report.notes')} name="notes">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Form.Item label={t('offline.evidence')} extra={t('offline.evidenceHint')}>
        <EvidencePhotos
          value={evidence}
          disabled={sending}
          onChange={(files) => {
            setEvidence(files)
            keep(form.getFieldsValue(true) as ReportValues, files)
          }}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block icon={<SendOutlined />} loading={sending}>
        {t('report.submit')}
      </Button>
    </Form>
  )
}
