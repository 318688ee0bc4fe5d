import { Button, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd'
import { CalendarOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Assignment, SessionInput } from '@/lib/api/types'
import { FormProblem } from '@/components/ui/form-problem'
import { useFormProblem } from '@/lib/use-form-problem'
import { useCreateSession } from '../api/create-session'

interface Values {
  startsAt: Dayjs
  endsAt?: Dayjs | null
  venue?: string
  format: SessionInput['format']
  presenter?: string
  expectedAttendees?: number | null
}

const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const

/** Schedules the session (hội nghị) that fulfils an assignment. */
export function ScheduleSessionButton({ assignment, block }: { assignment: Assignment; block?: boolean }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<Values>()
  const create = useCreateSession(assignment.id ?? 0)
  const problem = useFormProblem(form)

  const submit = (v: Values) =>
    create.mutate(
      {
        startsAt: v.startsAt.toISOString(),
        endsAt: v.endsAt ? v.endsAt.toISOString() : undefined,
        venue: v.venue?.trim() || undefined,
        format: v.format,
        presenter: v.presenter?.trim() || undefined,
        expectedAttendees: v.expectedAttendees ?? undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('work.scheduled'))
          setOpen(false)
          form.resetFields()
        },
        onError: problem.handle,
      },
    )

  return (
    <>
      <Button icon={<CalendarOutlined />} onClick={() => setOpen(true)} block={block}>
        {t('work.schedule')}
      </Button>
      <Modal
        open={open}
        title={t('work.schedule')}
        onCancel={() => setOpen(false)}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={create.isPending}
        onOk={() => form.submit()}
        destroyOnHidden
        width={520}
      >
        <FormProblem error={problem.error} unmatched={problem.unmatched} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ format: 'IN_PERSON', startsAt: dayjs().add(1, 'day').hour(8).minute(0).second(0) }}
        >
          <Form.Item
            label={t('work.startsAt')}
            name="startsAt"
            rules={[
              { required: true, message: t('validation.requiredSelect', { field: t('work.startsAt').toLowerCase() }) },
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="HH:mm DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('work.endsAt')} name="endsAt">
            <DatePicker showTime={{ format: 'HH:mm' }} format="HH:mm DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('work.venue')} name="venue">
            <Input />
          </Form.Item>
          <Form.Item label={t('work.format')} name="format" rules={[{ required: true }]}>
            <Select options={FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))} />
          </Form.Item>
          <Form.Item label={t('work.presenter')} name="presenter">
            <Input />
          </Form.Item>
          <Form.Item label={t('work.expectedAttendees')} name="expectedAttendees">
            <InputNumber min={0} style={{ width: '100%' }} inputMode="numeric" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}
