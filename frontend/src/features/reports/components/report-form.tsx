import type { ReactNode } from 'react'
import { useMemo, useState } from 'react'
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd'
import { SendOutlined } from '@ant-design/icons'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Report, ReportInput } from '@/lib/api/types'
import { FormProblem } from '@/components/ui/form-problem'
import { useFormProblem } from '@/lib/use-form-problem'
import { useCreateReport } from '../api/create-report'

export const PROPAGANDA_FORMS = ['loa', 'pano', 'web', 'mxh', 'hoithi'] as const

export interface ReportValues {
  heldOn: Dayjs | null
  attendees: number | null
  expected: number | null
  absentWithReason: number | null
  writeUps: number | null
  actionProgrammeAdopted: boolean
  actionProgrammeRef?: string | null
  propagandaForms: string[]
  notes?: string | null
}

export function initialReportValues(previous: Report | undefined, memberCount: number | undefined): ReportValues {
  if (previous)
    return {
      heldOn: previous.heldOn ? dayjs(previous.heldOn, 'YYYY-MM-DD') : dayjs(),
      attendees: previous.attendees ?? null,
      expected: previous.expected ?? null,
      absentWithReason: previous.absentWithReason ?? 0,
      writeUps: previous.writeUps ?? 0,
      actionProgrammeAdopted: !!previous.actionProgrammeAdopted,
      actionProgrammeRef: previous.actionProgrammeRef,
      propagandaForms: [...(previous.propagandaForms ?? [])],
      notes: previous.notes,
    }
  return {
    heldOn: dayjs(),
    attendees: null,
    expected: memberCount ?? null,
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
    heldOn: v.heldOn ? v.heldOn.format('YYYY-MM-DD') : '',
    attendees: v.attendees ?? 0,
    expected: v.expected ?? undefined,
    absentWithReason: v.absentWithReason ?? 0,
    writeUps: v.writeUps ?? 0,
    actionProgrammeAdopted: !!v.actionProgrammeAdopted,
    actionProgrammeRef: v.actionProgrammeAdopted ? v.actionProgrammeRef?.trim() || undefined : undefined,
    propagandaForms: v.propagandaForms ?? [],
    notes: v.notes?.trim() || undefined,
  }
}

/** The body without the typed head counts: the server counts them from the roster. */
function withoutFigures(input: ReportInput): ReportInput {
  const { attendees: _a, expected: _e, absentWithReason: _r, writeUps: _w, ...rest } = input
  return rest
}

const newKey = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(16).slice(2)}`

/** The completion report (báo cáo kết quả); one column on a phone. */
export function ReportForm({
  assignmentId,
  previous,
  memberCount,
  rosterFigures,
  onSubmitted,
}: {
  assignmentId: number
  previous?: Report
  memberCount?: number
  /** Where the organisation keeps a roster, the figures come from its attendance and write-ups: shown, not typed. */
  rosterFigures?: ReactNode
  onSubmitted?: (r: Report) => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<ReportValues>()
  const create = useCreateReport(assignmentId)
  const problem = useFormProblem(form)
  // one key per filled-in form: a double tap or a retry after a timeout files one report
  const [key, setKey] = useState(newKey)
  const initial = useMemo(() => initialReportValues(previous, memberCount), [previous, memberCount])
  const adopted = Form.useWatch('actionProgrammeAdopted', form)
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
      disabled={create.isPending}
      scrollToFirstError
      data-testid="report-form"
      onValuesChange={(changed) => {
        if (problem.error) problem.clear()
        if (Object.keys(changed).length) setKey((k) => (create.isPending ? k : newKey()))
      }}
      onFinish={(v) =>
        // mutateAsync, not mutate's callbacks: a filed report closes the assignment, which may
        // unmount this form before the callbacks would run
        create
          .mutateAsync({ body: rosterFigures ? withoutFigures(toReportInput(v)) : toReportInput(v), key })
          .then((r) => {
            void message.success(t('report.submitted'))
            onSubmitted?.(r)
          }, problem.handle)
      }
    >
      <FormProblem error={problem.error} unmatched={problem.unmatched} />
      <Form.Item
        label={t('report.heldOn')}
        name="heldOn"
        rules={[
          { required: true, message: t('validation.requiredSelect', { field: t('report.heldOn').toLowerCase() }) },
        ]}
      >
        <DatePicker
          format="DD/MM/YYYY"
          style={{ width: '100%' }}
          size="large"
          inputReadOnly
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        />
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
                  validator: async (_: unknown, v: number | null) => {
                    const e = getFieldValue('expected') as number | null
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
      <Button type="primary" htmlType="submit" size="large" block icon={<SendOutlined />} loading={create.isPending}>
        {t('report.submit')}
      </Button>
    </Form>
  )
}
