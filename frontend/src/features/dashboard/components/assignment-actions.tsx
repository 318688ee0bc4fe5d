import { useState, type ReactNode } from 'react'
import { App, Button, DatePicker, Descriptions, Flex, Form, Input, Modal, type FormInstance } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { Assignment } from '@/lib/api/types'
import { useFormat } from '@/lib/use-format'
import { useFormProblem } from '@/lib/use-form-problem'
import { FormProblem } from '@/components/ui/form-problem'
import { useExemptAssignment, useExtendAssignment } from '../api/assignment-actions'

const DATE_FORMAT = 'DD/MM/YYYY'

type Kind = 'exempt' | 'extend'

/**
 * "Miễn" and "Gia hạn" for one assignment, each with its own modal, shown as the server allows them to the caller
 * (canExempt, canExtend: the level above, while the assignment is owed); the SPA derives no rule of its own.
 */
export function AssignmentActions({ assignment, vertical }: { assignment: Assignment; vertical?: boolean }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Kind | null>(null)
  if (!assignment.canExtend && !assignment.canExempt) return null
  const who = assignment.orgName
  return (
    <>
      <Flex
        gap={4}
        wrap
        vertical={vertical}
        align={vertical ? 'flex-start' : undefined}
        onClick={(e) => e.stopPropagation()}
      >
        {assignment.canExtend && (
          <Button size="small" onClick={() => setOpen('extend')} aria-label={`${t('actions.extend')} ${who}`}>
            {t('actions.extend')}
          </Button>
        )}
        {assignment.canExempt && (
          <Button size="small" onClick={() => setOpen('exempt')} aria-label={`${t('actions.exempt')} ${who}`}>
            {t('actions.exempt')}
          </Button>
        )}
      </Flex>
      {open === 'exempt' && <ExemptModal assignment={assignment} onClose={() => setOpen(null)} />}
      {open === 'extend' && <ExtendModal assignment={assignment} onClose={() => setOpen(null)} />}
    </>
  )
}

function Summary({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ marginBottom: 16 }}
      items={[
        { key: 'org', label: t('dashboard.org'), children: assignment.orgName },
        { key: 'tier', label: t('dashboard.tier'), children: assignment.tierName },
        {
          key: 'deadline',
          label: t('actions.currentDeadline'),
          children: <span className="num">{f.date(assignment.deadline)}</span>,
        },
      ]}
    />
  )
}

const notBlank = (message: string) => ({
  validator: async (_: unknown, v: string | undefined) => {
    if (!v || v.trim() === '') throw new Error(message)
  },
})

/** The shell both actions share: the assignment summary, server problems, and a form submitted by OK. */
function ActionModal<V extends object>({
  id,
  title,
  okText,
  assignment,
  form,
  pending,
  problem,
  onClose,
  onFinish,
  children,
}: {
  id: string
  title: string
  okText: string
  assignment: Assignment
  form: FormInstance<V>
  pending: boolean
  problem: ReturnType<typeof useFormProblem>
  onClose: () => void
  onFinish: (values: V) => void
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ loading: pending, htmlType: 'submit', form: id }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Summary assignment={assignment} />
      <FormProblem error={problem.error} unmatched={problem.unmatched} />
      <Form
        id={id}
        form={form}
        layout="vertical"
        disabled={pending}
        onValuesChange={() => problem.error && problem.clear()}
        onFinish={(v) => {
          problem.clear()
          onFinish(v)
        }}
      >
        {children}
      </Form>
    </Modal>
  )
}

/** The required reason both actions ask for. */
function ReasonField({ placeholder, extra }: { placeholder: string; extra?: string }) {
  const { t } = useTranslation()
  return (
    <Form.Item
      name="reason"
      label={t('actions.reason')}
      required
      rules={[notBlank(t('validation.required', { field: t('actions.reason').toLowerCase() }))]}
      extra={extra}
    >
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder={placeholder} />
    </Form.Item>
  )
}

export function ExemptModal({ assignment, onClose }: { assignment: Assignment; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ reason: string }>()
  const run = useExemptAssignment(assignment)
  const problem = useFormProblem(form)
  return (
    <ActionModal
      id="exempt-form"
      title={t('actions.exemptTitle')}
      okText={t('actions.exempt')}
      assignment={assignment}
      form={form}
      pending={run.isPending}
      problem={problem}
      onClose={onClose}
      onFinish={(v) =>
        run.mutate(
          { reason: v.reason.trim() },
          {
            onSuccess: () => {
              void message.success(t('actions.exempted', { org: assignment.orgName }))
              onClose()
            },
            onError: problem.handle,
          },
        )
      }
    >
      <ReasonField placeholder={t('actions.exemptPlaceholder')} extra={t('actions.exemptHint')} />
    </ActionModal>
  )
}

export function ExtendModal({ assignment, onClose }: { assignment: Assignment; onClose: () => void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ deadline: Dayjs | null; reason: string }>()
  const run = useExtendAssignment(assignment)
  const problem = useFormProblem(form)
  const current = assignment.deadline ? dayjs(assignment.deadline, 'YYYY-MM-DD') : null
  // the latest date the server accepts (the parent plan's deadline that binds the issuer), when there is one
  const max = assignment.maxDeadline ? dayjs(assignment.maxDeadline, 'YYYY-MM-DD') : null
  return (
    <ActionModal
      id="extend-form"
      title={t('actions.extendTitle')}
      okText={t('actions.extend')}
      assignment={assignment}
      form={form}
      pending={run.isPending}
      problem={problem}
      onClose={onClose}
      onFinish={(v) =>
        run.mutate(
          { deadline: v.deadline!.format('YYYY-MM-DD'), reason: v.reason.trim() },
          {
            onSuccess: (a) => {
              void message.success(
                t('actions.extended', {
                  org: assignment.orgName,
                  date: f.date(a.deadline),
                }),
              )
              onClose()
            },
            onError: problem.handle,
          },
        )
      }
    >
      <Form.Item
        name="deadline"
        label={t('actions.newDeadline')}
        extra={
          assignment.deadline
            ? [
                t('actions.after', { date: f.date(assignment.deadline) }),
                max ? t('scope.notAfter', { date: f.date(assignment.maxDeadline) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')
            : undefined
        }
        rules={[
          {
            required: true,
            message: t('validation.requiredSelect', { field: t('actions.newDeadline').toLowerCase() }),
          },
          {
            validator: async (_, d: Dayjs | null) => {
              if (d && current && !d.isAfter(current, 'day'))
                throw new Error(t('actions.afterCurrent', { date: f.date(assignment.deadline) }))
              if (d && max && d.isAfter(max, 'day'))
                throw new Error(t('scope.notAfter', { date: f.date(assignment.maxDeadline) }))
            },
          },
        ]}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder="dd/mm/yyyy"
          style={{ width: '100%' }}
          disabledDate={(d) => (!!current && !d.isAfter(current, 'day')) || (!!max && d.isAfter(max, 'day'))}
        />
      </Form.Item>
      <ReasonField placeholder={t('actions.extendPlaceholder')} />
    </ActionModal>
  )
}
