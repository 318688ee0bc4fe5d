import { useState } from 'react'
import { App, Button, DatePicker, Form, Input, Modal } from 'antd'
import { CalendarOutlined } from '@ant-design/icons'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '@/components/ui/form-problem'
import { useFormProblem } from '@/lib/use-form-problem'
import { useScheduleMakeUp } from '../api/pending'

interface Values {
  startsAt: Dayjs
  venue?: string
}

/** Schedules a make-up session (học bù) on an assignment, for the members who have not studied yet. */
export function MakeUpButton({
  assignmentId,
  block,
  onScheduled,
}: {
  assignmentId: number
  block?: boolean
  onScheduled?: (sessionId: number) => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<Values>()
  const problem = useFormProblem(form)
  const schedule = useScheduleMakeUp()
  const submit = (v: Values) =>
    schedule.mutate(
      { assignmentId, body: { startsAt: v.startsAt.toISOString(), venue: v.venue?.trim() || undefined } },
      {
        onSuccess: (s) => {
          void message.success(t('members.makeUpScheduled'))
          setOpen(false)
          onScheduled?.(s.id)
        },
        onError: problem.handle,
      },
    )
  return (
    <>
      <Button
        icon={<CalendarOutlined />}
        block={block}
        onClick={() => setOpen(true)}
        data-testid={`make-up-${assignmentId}`}
      >
        {t('members.scheduleMakeUp')}
      </Button>
      <Modal
        open={open}
        title={t('members.scheduleMakeUp')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={schedule.isPending}
        destroyOnHidden
      >
        <FormProblem error={problem.error} unmatched={problem.unmatched} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ startsAt: dayjs().add(1, 'day').hour(8).minute(0).second(0) }}
        >
          <Form.Item label={t('work.startsAt')} name="startsAt" rules={[{ required: true }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="HH:mm DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('work.venue')} name="venue">
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}
