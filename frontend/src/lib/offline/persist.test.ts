import { describe, expect, it } from 'vitest'
import { QueryClient, dehydrate } from '@tanstack/react-query'
import { persistOptions } from './persist'
import { meKeys, planKeys } from '../api/query-keys'

describe('the offline cache', () => {
  it('keeps answers for offline use but never who the user is', async () => {
    const qc = new QueryClient()
    qc.setQueryData(meKeys.all, { id: 1, username: 'admin', mustChangePassword: true })
    qc.setQueryData(planKeys.list({ page: 0 }), { items: [{ id: 7 }] })
    await qc.prefetchQuery({
      queryKey: planKeys.detail(404),
      queryFn: () => Promise.reject(new Error('offline')),
      retry: false,
    })
    const kept = dehydrate(qc, persistOptions.dehydrateOptions).queries.map((q) => q.queryKey[0])
    expect(kept).toEqual(['plans'])
  })
})
