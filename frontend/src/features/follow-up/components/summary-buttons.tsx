import { useEffect, useState } from 'react'
import { App, Button, Form, Input, Modal, Space } from 'antd'
import { FilePdfOutlined, FileTextOutlined, FileWordOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { problemText } from '@/lib/problem'
import type { SummaryHeading } from '@/lib/api/types'
import { useDownloadSummary, useSummaryHeading, type SummaryFormat } from '../api/download-summary'

/**
 * "Báo cáo tổng hợp": a small dialog with the document's number, symbol, place and date (prefilled by the
 * server, editable), then Word or PDF of the draft summary report over orgId's subtree.
 */
export function SummaryButtons({ planId, orgId }: { planId: number; orgId?: number }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<SummaryHeading>()
  const heading = useSummaryHeading(planId, orgId, open)
  const summary = useDownloadSummary()
  const pending = summary.isPending ? summary.variables.format : undefined

  useEffect(() => {
    if (open && heading.data) form.setFieldsValue(heading.data)
  }, [open, heading.data, form])

  const get = (format: SummaryFormat) =>
    summary.mutate(
      { planId, orgId, format, heading: form.getFieldsValue() },
      {
        onSuccess: (name) => {
          void message.success(t('dashboard.exported', { name }))
          setOpen(false)
        },
        onError: (e) => void message.error(problemText(e, t)),
      },
    )
  return (
    <>
      <Button icon={<FileTextOutlined />} onClick={() => setOpen(true)} data-testid="summary-open">
        {t('summary.open')}
      </Button>
      <Modal
        open={open}
        title={t('summary.dialogTitle')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={
          <Space wrap>
            <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button
              icon={<FileWordOutlined />}
              loading={pending === 'docx'}
              onClick={() => get('docx')}
              data-testid="summary-docx"
            >
              {t('summary.docx')}
            </Button>
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              loading={pending === 'pdf'}
              onClick={() => get('pdf')}
              data-testid="summary-pdf"
            >
              {t('summary.pdf')}
            </Button>
          </Space>
        }
      >
        <Form form={form} layout="vertical" disabled={heading.isLoading} onFinish={() => get('docx')}>
          <Space wrap align="start">
            <Form.Item name="number" label={t('summary.number')} extra={t('summary.numberHint')}>
              <Input style={{ width: 120 }} maxLength={20} inputMode="numeric" data-testid="summary-number" />
            </Form.Item>
            <Form.Item name="symbol" label={t('summary.symbol')}>
              <Input style={{ width: 140 }} maxLength={30} />
            </Form.Item>
          </Space>
          <Space wrap align="start">
            <Form.Item name="place" label={t('summary.place')}>
              <Input style={{ width: 200 }} maxLength={100} data-testid="summary-place" />
            </Form.Item>
            <Form.Item name="date" label={t('summary.date')}>
              <Input type="date" style={{ width: 170 }} data-testid="summary-date" />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  )
}
