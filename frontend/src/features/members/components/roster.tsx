import { useState } from 'react'
import { Card, Empty, Flex, Input, Table, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Member } from '@/lib/api/types'
import { OrgSelect } from '@/components/org-select'
import { ErrorState } from '@/components/ui/states'
import { canManage, useSession } from '@/lib/auth'
import { ApiError } from '@/lib/problem'
import { useUrlState } from '@/lib/url-state'
import { useRoster } from '../api/get-roster'
import { MemberImportButton } from './member-import'

/** The roster of one organisation (danh sách đảng viên), searchable without diacritics; import for the level above. */
export function Roster() {
  const { t } = useTranslation()
  const session = useSession()
  const url = useUrlState()
  const orgId = url.getNumber('org') ?? session?.user.orgId ?? undefined
  const [q, setQ] = useState('')
  const [page, setPage] = useState(0)
  const roster = useRoster(orgId, q, page, 50)
  const forbidden = roster.error instanceof ApiError && roster.error.status === 403
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <OrgSelect
          value={orgId}
          onChange={(v) => url.set({ org: typeof v === 'number' ? String(v) : undefined })}
          style={{ minWidth: 280, flex: 1 }}
          aria-label={t('members.org')}
        />
        <Input.Search
          allowClear
          placeholder={t('members.search')}
          onSearch={(v) => {
            setQ(v)
            setPage(0)
          }}
          style={{ maxWidth: 320 }}
          data-testid="member-search"
        />
        {canManage(session?.user) && <MemberImportButton />}
      </Flex>
      {forbidden ? (
        <Empty description={t('members.namesForbidden')} />
      ) : roster.isError ? (
        <ErrorState error={roster.error} onRetry={() => void roster.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<Member>
            size="small"
            rowKey={(m) => m.id}
            loading={roster.isFetching}
            dataSource={roster.data?.items ?? []}
            scroll={{ x: 560 }}
            data-testid="roster-table"
            pagination={{
              current: page + 1,
              pageSize: 50,
              total: roster.data?.total ?? 0,
              showSizeChanger: false,
              onChange: (p) => setPage(p - 1),
            }}
            columns={[
              { title: t('members.code'), dataIndex: 'code', width: 140 },
              { title: t('members.fullName'), dataIndex: 'fullName' },
              {
                title: t('members.statusLabel'),
                width: 140,
                render: (_, m) => (
                  <Tag color={m.status === 'DU_BI' ? 'blue' : undefined}>{t(`members.status.${m.status}`)}</Tag>
                ),
              },
              {
                title: t('members.exempt'),
                render: (_, m) =>
                  m.exemptReason ? <Typography.Text type="warning">{m.exemptReason}</Typography.Text> : null,
              },
            ]}
          />
        </Card>
      )}
    </Flex>
  )
}
