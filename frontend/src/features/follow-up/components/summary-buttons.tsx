import { App, Button } from 'antd'
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { problemText } from '@/lib/problem'
import { useDownloadSummary, type SummaryFormat } from '../api/download-summary'

/** "Báo cáo tổng hợp (Word)" and "(PDF)": the draft summary report over orgId's subtree. */
export function SummaryButtons({ planId, orgId }: { planId: number; orgId?: number }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const summary = useDownloadSummary()
  const pending = summary.isPending ? summary.variables?.format : undefined
  const get = (format: SummaryFormat) =>
    summary.mutate(
      { planId, orgId, format },
      {
        onSuccess: (name) => void message.success(t('dashboard.exported', { name })),
        onError: (e) => void message.error(problemText(e, t)),
      },
    )
  return (
    <>
      <Button
        icon={<FileWordOutlined />}
        loading={pending === 'docx'}
        onClick={() => get('docx')}
        data-testid="summary-docx"
      >
        {t('summary.docx')}
      </Button>
      <Button
        icon={<FilePdfOutlined />}
        loading={pending === 'pdf'}
        onClick={() => get('pdf')}
        data-testid="summary-pdf"
      >
        {t('summary.pdf')}
      </Button>
    </>
  )
}
