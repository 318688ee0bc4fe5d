import { Table } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Organization } from '@/lib/api/types'
import { levelName, useLevels } from '@/lib/api/reference'
import { usePaging } from '@/lib/url-state'
import { EmptyState, ErrorState } from '@/components/ui/states'
import { useOrganizations } from '../api/get-organizations'
import { OrgTitle } from './org-title'

/** The organisations a search finds, a page at a time; a click selects one. */
export function OrgSearchResults({
  q,
  includeInactive,
  onSelect,
}: {
  q: string
  includeInactive: boolean
  onSelect: (id: number) => void
}) {
  const { t } = useTranslation()
  const levels = useLevels()
  const paging = usePaging()
  const list = useOrganizations({
    q,
    includeInactive: includeInactive || undefined,
    page: paging.apiPage,
    size: paging.size,
  })
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  return (
    <Table<Organization>
      rowKey={(o) => o.id}
      size="small"
      loading={list.isFetching}
      dataSource={list.data?.items ?? []}
      rowClassName={() => 'clickable-row'}
      onRow={(r) => ({ onClick: () => r.id && onSelect(r.id) })}
      scroll={{ x: 520 }}
      locale={{ emptyText: list.isLoading ? ' ' : <EmptyState title={t('orgs.noResults')} /> }}
      pagination={paging.table(list.data?.total ?? 0)}
      columns={[
        { title: t('orgs.name'), render: (_, o) => <OrgTitle org={o} /> },
        { title: t('orgs.level'), render: (_, o) => levelName(levels.data, o.levelCode) },
        { title: t('orgs.memberCount'), dataIndex: 'memberCount', align: 'right' },
      ]}
    />
  )
}
