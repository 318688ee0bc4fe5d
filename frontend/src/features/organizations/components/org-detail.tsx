import { useState } from 'react'
import { App, Button, Card, Descriptions, Flex, Popconfirm, Typography } from 'antd'
import { EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { canManage, useSession } from '@/lib/auth'
import { levelName, useLevels } from '@/lib/api/reference'
import { problemText } from '@/lib/problem'
import { ErrorState, LoadingState } from '@/components/ui/states'
import { useOrganization } from '../api/get-organizations'
import { useDeactivateOrganization } from '../api/save-organization'
import { OrgFormModal } from './org-form'
import { OrgLineage } from './org-lineage'
import { OrgTitle } from './org-title'

/** The selected organisation: its details, its lineage, and for those who manage it, edit, add a child, deactivate. */
export function OrgDetail({ id, onSelect }: { id: number; onSelect: (id: number | undefined) => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const manage = canManage(useSession()?.user)
  const levels = useLevels()
  const org = useOrganization(id)
  const parent = useOrganization(org.data?.parentId ?? undefined)
  const deactivate = useDeactivateOrganization()
  const [editing, setEditing] = useState(false)
  const [adding, setAdding] = useState(false)
  if (org.isLoading) return <LoadingState />
  if (org.isError || !org.data) return <ErrorState error={org.error} onRetry={() => void org.refetch()} />
  const o = org.data
  return (
    <Card title={<OrgTitle org={o} />}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('orgs.code')}>{o.code}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.level')}>{levelName(levels.data, o.levelCode)}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.parent')}>
          {o.parentId ? (
            <Typography.Link onClick={() => onSelect(o.parentId ?? undefined)}>
              {parent.data?.name ?? '…'}
            </Typography.Link>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('orgs.memberCount')}>{o.memberCount}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.children')}>{o.childCount}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.secretaryName')}>{o.secretaryName || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.phone')}>{o.phone || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.email')}>{o.email || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('orgs.active')}>
          {o.active ? t('common.yes') : t('orgs.inactive')}
        </Descriptions.Item>
      </Descriptions>
      <OrgLineage id={id} onSelect={onSelect} />
      {manage && (
        <div style={{ marginTop: 16 }}>
          <Flex gap={8} wrap>
            {/* editing and deactivating are for the level above (canEdit); adding a child is for the subtree */}
            {o.canEdit && (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            )}
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} disabled={!o.active}>
              {t('orgs.addChild')}
            </Button>
            {o.active && o.canEdit && (
              <Popconfirm
                title={t('orgs.deactivateConfirm', { name: o.name })}
                okText={t('orgs.deactivate')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  deactivate.mutateAsync(o).then(
                    () => void message.success(t('orgs.deactivated', { name: o.name })),
                    (e) => void message.error(problemText(e, t)),
                  )
                }
              >
                <Button size="small" danger icon={<StopOutlined />}>
                  {t('orgs.deactivate')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        </div>
      )}
      <OrgFormModal key={`e${o.id}-${o.version}`} open={editing} org={o} onClose={() => setEditing(false)} />
      <OrgFormModal
        key={`a${o.id}`}
        open={adding}
        parentId={o.id}
        onClose={() => setAdding(false)}
        onSaved={(c) => onSelect(c.id)}
      />
    </Card>
  )
}
