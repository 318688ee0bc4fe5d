import { useEffect, useMemo, useState } from 'react'
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Flex,
  Input,
  Popconfirm,
  Row,
  Table,
  Tag,
  Tree,
  Typography,
} from 'antd'
import { ApartmentOutlined, EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons'
import { Link } from 'react-router'
import { useQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Organization } from '@/lib/api/types'
import { canManage, useSession } from '@/lib/auth'
import { levelName, useLevels } from '@/lib/api/reference'
import { problemText } from '@/lib/problem'
import { usePaging, useUrlState } from '@/lib/url-state'
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states'
import { childrenQuery, useOrganization, useOrganizations } from '../api/get-organizations'
import { useAncestors } from '@/lib/api/ancestors'
import { useDeactivateOrganization } from '../api/save-organization'
import { OrgFormModal } from './org-form'
import { OrgImportButton } from './org-import'
import { OrgLineage } from './org-lineage'

interface Node {
  key: number
  title: React.ReactNode
  isLeaf: boolean
  children?: Node[]
  selectable?: boolean
}

function OrgTitle({ org }: { org: Organization }) {
  const { t } = useTranslation()
  return (
    <span>
      {org.name}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {org.code}
      </Typography.Text>
      {!org.active && (
        <Tag color="default" style={{ marginInlineStart: 6 }}>
          {t('orgs.inactive')}
        </Tag>
      )}
    </span>
  )
}

/** The tree, built lazily: children of every expanded node come from the query cache. */
function OrgTree({
  roots,
  includeInactive,
  selected,
  onSelect,
}: {
  roots: Organization[]
  includeInactive: boolean
  selected?: number
  onSelect: (id: number) => void
}) {
  const { t } = useTranslation()
  const [expanded, setExpanded] = useState<number[]>(() => roots.map((r) => r.id ?? 0).filter((id) => id > 0))
  // a selection from the URL or a search opens the branches above it
  const ancestors = useAncestors(selected)
  useEffect(() => {
    const above = (ancestors.data ?? []).slice(0, -1).flatMap((o) => (o.id ? [o.id] : []))
    if (above.length) setExpanded((e) => [...new Set([...e, ...above])])
  }, [ancestors.data])
  const children = useQueries({ queries: expanded.map((id) => childrenQuery(id, includeInactive)) })
  const byParent = useMemo(() => {
    const m = new Map<number, { items?: Organization[]; loading: boolean }>()
    expanded.forEach((id, i) => m.set(id, { items: children[i]?.data?.items, loading: !!children[i]?.isLoading }))
    return m
  }, [expanded, children])

  const build = (o: Organization, depth: number): Node => {
    const id = o.id ?? 0
    const entry = byParent.get(id)
    const leaf = o.childCount === 0
    let kids: Node[] | undefined
    if (!leaf && entry) {
      kids = entry.items
        ? entry.items.map((c) => build(c, depth + 1))
        : [
            {
              key: -id,
              title: <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>,
              isLeaf: true,
              selectable: false,
            },
          ]
    }
    return { key: id, title: <OrgTitle org={o} />, isLeaf: leaf, children: kids }
  }
  const treeData = roots.map((r) => build(r, 0))
  if (roots.length === 0) return <EmptyState title={t('orgs.emptyTree')} />
  return (
    <Tree<Node>
      showLine
      blockNode
      treeData={treeData}
      expandedKeys={expanded}
      selectedKeys={selected ? [selected] : []}
      onExpand={(keys) => setExpanded(keys.map(Number).filter((k) => k > 0))}
      onSelect={(keys) => keys[0] !== undefined && Number(keys[0]) > 0 && onSelect(Number(keys[0]))}
      style={{ background: 'transparent' }}
    />
  )
}

function OrgDetail({ id, onSelect }: { id: number; onSelect: (id: number | undefined) => void }) {
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

function SearchResults({
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
      rowKey={(o) => o.id ?? 0}
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

/** Roots of the caller's scope: their own organisation, or for a system administrator the top ones. */
function useRoots(includeInactive: boolean) {
  const user = useSession()?.user
  const own = useOrganization(user?.orgId ?? undefined)
  const all = useOrganizations({ includeInactive: includeInactive || undefined, page: 0, size: 200 }, !user?.orgId)
  if (user?.orgId) return { data: own.data ? [own.data] : undefined, isLoading: own.isLoading, error: own.error }
  return {
    data: all.data?.items?.filter((o) => o.parentId === null || o.parentId === undefined),
    isLoading: all.isLoading,
    error: all.error,
  }
}

export function OrgBrowser() {
  const { t } = useTranslation()
  const url = useUrlState()
  const manage = canManage(useSession()?.user)
  const q = url.get('q') ?? ''
  const includeInactive = url.get('inactive') === '1'
  const selected = url.getNumber('org')
  const roots = useRoots(includeInactive)
  const [creating, setCreating] = useState(false)
  const select = (id: number | undefined) => url.set({ org: id })

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }} justify="space-between">
        <Flex gap={8} wrap align="center" style={{ flex: 1, minWidth: 260 }}>
          <Input.Search
            allowClear
            placeholder={t('orgs.search')}
            defaultValue={q}
            onSearch={(v) => url.set({ q: v.trim() || undefined, page: undefined })}
            style={{ maxWidth: 420 }}
            aria-label={t('orgs.search')}
          />
          <Checkbox
            checked={includeInactive}
            onChange={(e) => url.set({ inactive: e.target.checked ? '1' : undefined })}
          >
            {t('orgs.includeInactive')}
          </Checkbox>
        </Flex>
        {manage && (
          <Flex gap={8} wrap>
            <Link to="/organizations/restructure">
              <Button icon={<ApartmentOutlined />}>{t('tree.restructure')}</Button>
            </Link>
            <OrgImportButton />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('orgs.addRoot')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={q ? t('orgs.results') : t('orgs.tree')} styles={{ body: { padding: q ? 0 : 12 } }}>
            {q ? (
              <SearchResults q={q} includeInactive={includeInactive} onSelect={select} />
            ) : roots.isLoading ? (
              <LoadingState rows={8} />
            ) : roots.error ? (
              <ErrorState error={roots.error} />
            ) : (
              <OrgTree
                key={`${includeInactive}`}
                roots={roots.data ?? []}
                includeInactive={includeInactive}
                selected={selected}
                onSelect={select}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {selected ? (
            <OrgDetail id={selected} onSelect={select} />
          ) : (
            <Card>
              <EmptyState title={t('orgs.select')} />
            </Card>
          )}
        </Col>
      </Row>
      <OrgFormModal open={creating} parentId={null} onClose={() => setCreating(false)} onSaved={(o) => select(o.id)} />
    </>
  )
}
