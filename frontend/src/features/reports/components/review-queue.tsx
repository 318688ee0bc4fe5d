import { useState } from 'react'
import { App, Button, Card, Flex, Form, Input, Modal, Segmented, Table, Tooltip, Typography } from 'antd'
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Report as ReviewItem } from '@/lib/api/types'
import { usePaging, useUrlState } from '@/lib/url-state'
import { useFormat } from '@/lib/use-format'
import { problemText } from '@/lib/problem'
import { useFormProblem } from '@/lib/use-form-problem'
import { EmptyState, ErrorState } from '@/components/ui/states'
import { FormProblem } from '@/components/ui/form-problem'
import { PlanSelect } from '@/components/plan-select'
import { useReviewQueue } from '../api/get-review-queue'
import { useReviewReport } from '../api/review-report'
import { ReportSummary } from './report-history'

/** Attended over expected for one report; null when nobody was expected. */
export const attendance = (r: ReviewItem) => (r.expected ? r.attendees / r.expected : null)

function ReturnDialog({ report, onClose }: { report: ReviewItem | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ comment: string }>()
  const review = useReviewReport()
  const problem = useFormProblem(form)
  return (
    <Modal
      open={!!report}
      title={t('review.returnTitle')}
      okText={t('review.return')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={review.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {report && (
        <Typography.Paragraph>
          <strong>{report.orgName}</strong> · {report.tierName}
        </Typography.Paragraph>
      )}
      <FormProblem error={problem.error} unmatched={problem.unmatched} />
      <Form
        form={form}
        layout="vertical"
        onFinish={({ comment }) =>
          report &&
          review.mutate(
            { reportId: report.id, body: { decision: 'RETURN', comment: comment.trim() } },
            {
              onSuccess: () => {
                void message.success(t('review.returned', { org: report.orgName }))
                onClose()
              },
              onError: problem.handle,
            },
          )
        }
      >
        <Form.Item
          label={t('review.reason')}
          name="comment"
          extra={t('review.reasonHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validation.required', { field: t('review.reason').toLowerCase() }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  )
}

export function ReviewQueue() {
  const { t } = useTranslation()
  const f = useFormat()
  const { message } = App.useApp()
  const url = useUrlState()
  const paging = usePaging()
  const planId = url.getNumber('plan')
  const decider = url.get('level') === 'deeper' ? 'DEEPER' : 'MINE'
  const q = useReviewQueue({ planId, decider, page: paging.apiPage, size: paging.size })
  const review = useReviewReport()
  const [returning, setReturning] = useState<ReviewItem | null>(null)

  const accept = (r: ReviewItem) =>
    review.mutate(
      { reportId: r.id, body: { decision: 'ACCEPT' } },
      {
        onSuccess: () => void message.success(t('review.accepted', { org: r.orgName })),
        onError: (e) => void message.error(problemText(e, t)),
      },
    )

  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />
  return (
    <Card
      title={
        <Flex gap={12} wrap align="center" style={{ padding: '8px 0' }}>
          <Segmented
            aria-label={t('review.levelLabel')}
            value={decider}
            onChange={(v) => url.set({ level: v === 'DEEPER' ? 'deeper' : undefined, page: undefined })}
            options={[
              { value: 'MINE', label: t('review.mine') },
              { value: 'DEEPER', label: t('review.deeper') },
            ]}
            data-testid="review-level"
          />
          <PlanSelect
            aria-label={t('review.filterPlan')}
            placeholder={t('review.filterPlan')}
            value={planId}
            onChange={(v) => url.set({ plan: v, page: undefined })}
          />
        </Flex>
      }
      styles={{ body: { padding: 0 } }}
    >
      <Table<ReviewItem>
        rowKey={(r) => r.id}
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        scroll={{ x: 1080 }}
        expandable={{ expandedRowRender: (r) => <ReportSummary report={r} /> }}
        locale={{
          emptyText: q.isLoading ? (
            ' '
          ) : (
            <EmptyState title={t('review.queueEmpty')} hint={t('review.queueEmptyHint')} />
          ),
        }}
        pagination={paging.table(q.data?.total ?? 0)}
        columns={[
          { title: t('review.org'), dataIndex: 'orgName', width: 180, render: (v) => <strong>{v}</strong> },
          {
            title: t('review.plan'),
            width: 150,
            render: (_, r) => (
              <Tooltip title={r.planTitle}>
                <Typography.Text>{r.planNumber}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.tierName}
                </Typography.Text>
              </Tooltip>
            ),
          },
          {
            title: t('report.attendance'),
            width: 150,
            render: (_, r) => <span className="num">{f.countRate(r.attendees, r.expected, attendance(r))}</span>,
          },
          { title: t('report.writeUps'), dataIndex: 'writeUps', align: 'right', width: 100 },
          {
            title: t('report.actionProgramme'),
            width: 140,
            ellipsis: true,
            render: (_, r) => (r.actionProgrammeAdopted ? r.actionProgrammeRef || t('common.yes') : t('common.no')),
          },
          {
            title: t('report.submittedAt'),
            width: 140,
            render: (_, r) => <span className="num">{f.dateTime(r.submittedAt)}</span>,
          },
          {
            title: t('common.actions'),
            fixed: 'right',
            width: 180,
            render: (_, r) => (
              <Flex gap={8}>
                <Button
                  type="primary"
                  size="small"
                  icon={<CheckOutlined />}
                  loading={review.isPending && review.variables.reportId === r.id}
                  onClick={() => accept(r)}
                >
                  {t('review.accept')}
                </Button>
                <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(r)}>
                  {t('review.return')}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      <ReturnDialog report={returning} onClose={() => setReturning(null)} />
    </Card>
  )
}
