import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSession } from '@/lib/auth'
import { ErrorState, LoadingState } from '@/components/ui/states'
import { useOrganization, useOrganizations } from '../api/get-organizations'
import { OrgSearchResults } from './org-search-results'
import { OrgTree } from './org-tree'

/** Roots of the caller's scope: their own organisation, or for a system administrator the top ones. */
function useRoots(includeInactive: boolean) {
  const user = useSession()?.user
  const own = useOrganization(user?.orgId ?? undefined)
  const all = useOrganizations({ includeInactive: includeInactive || undefined, page: 0, size: 200 }, !user?.orgId)
  if (user?.orgId) return { data: own.data ? [own.data] : undefined, isLoading: own.isLoading, error: own.error }
  return {
    data: all.data?.items.filter((o) => o.parentId === null),
    isLoading: all.isLoading,
    error: all.error,
  }
}

/** The browser's left side: the tree of the caller's scope, or what the search `q` finds. */
export function OrgTreePanel({
  q,
  includeInactive,
  selected,
  onSelect,
}: {
  q: string
  includeInactive: boolean
  selected?: number
  onSelect: (id: number) => void
}) {
  const { t } = useTranslation()
  const roots = useRoots(includeInactive)
  return (
    <Card title={q ? t('orgs.results') : t('orgs.tree')} styles={{ body: { padding: q ? 0 : 12 } }}>
      {q ? (
        <OrgSearchResults q={q} includeInactive={includeInactive} onSelect={onSelect} />
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
          onSelect={onSelect}
        />
      )}
    </Card>
  )
}
