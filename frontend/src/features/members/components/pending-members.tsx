import { useState } from 'react'
import { Button, Card, Table, Tag, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { PendingMember } from '@/lib/api/types'
import { ApiError } from '@/lib/problem'
import { exportPending, usePendingMembers } from '../api/pending'
import { MakeUpButton } from './make-up-button'

/**
 * Who has not studied yet, with their organisation: the make-up list. Names are for the organisation's own
 * secretary and the departments above it; for anyone else (a viewer: 403) the card is not shown at all.
 */
export function PendingMembers({ planId, orgId }: { planId: number; orgId?: number }) {
  const { t } = useTranslation()
  const [page, setPage] = useState(0)
  const size = 20
  const pending = usePendingMembers(planId, orgId, page, size)
  const exporter = useMutation({ mutationFn: () => exportPending(planId, orgId) })
  if (pending.error instanceof ApiError && (pending.error.status === 403 || pending.error.status === 404)) return null
  if (pending.data && pending.data.total === 0 && page === 0) return null
  return (
    <Card
      title={t('members.pendingTitle', { n: pending.data?.total ?? 0 })}
      style={{ marginBottom: 16 }}
      styles={{ body: { padding: 0 } }}
      data-testid="pending-members"
      extra={
        <Button icon={<DownloadOutlined />} loading={exporter.isPending} onClick={() => exporter.mutate()}>
          {t('members.exportPending')}
        </Button>
      }
    >
      <Table<PendingMember>
        size="small"
        rowKey={(r) => r.memberId}
        loading={pending.isFetching}
        dataSource={pending.data?.items ?? []}
        scroll={{ x: 600 }}
        pagination={{
          current: page + 1,
          pageSize: size,
          total: pending.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (p) => setPage(p - 1),
        }}
        columns={[
          { title: t('members.fullName'), dataIndex: 'fullName' },
          { title: t('members.org'), dataIndex: 'orgName' },
          {
            title: t('members.note'),
            render: (_, r) => (
              <>
                {r.status === 'DU_BI' && <Tag color="blue">{t('members.status.DU_BI')}</Tag>}
                {r.absentExcused && <Tag color="orange">{t('members.attendance.ABSENT_EXCUSED')}</Tag>}
              </>
            ),
          },
          {
            title: '',
            width: 170,
            render: (_, r) =>
              r.canScheduleMakeUp && r.assignmentId ? (
                <MakeUpButton assignmentId={r.assignmentId} />
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.code}
                </Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  )
}
