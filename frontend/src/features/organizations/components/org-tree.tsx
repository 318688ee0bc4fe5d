import { useEffect, useMemo, useState } from 'react'
import { Tree, Typography } from 'antd'
import { useQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Organization } from '@/lib/api/types'
import { useAncestors } from '@/lib/api/ancestors'
import { EmptyState } from '@/components/ui/states'
import { childrenQuery } from '../api/get-organizations'
import { OrgTitle } from './org-title'

interface Node {
  key: number
  title: React.ReactNode
  isLeaf: boolean
  children?: Node[]
  selectable?: boolean
}

/** The tree, built lazily: children of every expanded node come from the query cache. */
export function OrgTree({
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
  const [expanded, setExpanded] = useState<number[]>(() => roots.map((r) => r.id).filter((id) => id > 0))
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
    const id = o.id
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
      onSelect={(keys) => Number(keys[0]) > 0 && onSelect(Number(keys[0]))}
      style={{ background: 'transparent' }}
    />
  )
}
