import { useState } from 'react'
import { Button, Card, Grid, Table, Tag, Typography } from 'antd'
import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { User } from '@/lib/api/types'
import { usePaging } from '@/lib/url-state'
import { ErrorState } from '@/components/ui/states'
import { useUsers } from '../api/users'
import { UserFormModal } from './user-form'

/** Người dùng of the administrator's subtree: who they are, where, in which roles; create, edit, deactivate. */
export function UserList() {
  const { t } = useTranslation()
  const paging = usePaging()
  const screens = Grid.useBreakpoint()
  const q = useUsers(paging.apiPage, paging.size)
  const [editing, setEditing] = useState<User | 'new' | null>(null)
  return (
    <Card
      styles={{ body: { padding: 0 } }}
      title={t('users.count', { count: q.data?.total ?? 0 })}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="user-add">
          {t('users.add')}
        </Button>
      }
    >
      {q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Table<User>
          rowKey={(u) => u.id}
          size="small"
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          scroll={{ x: 760 }}
          pagination={{ ...paging.table(q.data?.total ?? 0), simple: !screens.md }}
          columns={[
            {
              title: t('users.username'),
              render: (_, u) => (
                <>
                  <Typography.Text strong>{u.username}</Typography.Text>
                  <br />
                  {u.fullName}
                </>
              ),
            },
            { title: t('users.org'), render: (_, u) => u.orgName ?? t('common.systemWide') },
            {
              title: t('users.roles'),
              render: (_, u) => u.roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>),
            },
            {
              title: t('users.state'),
              width: 130,
              render: (_, u) =>
                u.active ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>,
            },
            {
              title: <span className="sr-only">{t('common.actions')}</span>,
              width: 60,
              render: (_, u) => (
                <Button
                  type="text"
                  icon={<EditOutlined />}
                  aria-label={t('users.editOf', { name: u.username })}
                  onClick={() => setEditing(u)}
                />
              ),
            },
          ]}
        />
      )}
      {editing && <UserFormModal user={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Card>
  )
}
