import { describe, expect, it } from 'vitest'
import { ApiError, applyProblemToForm, parseProblem, problemText, toNamePath } from './problem'
import type { FormInstance } from 'antd'

describe('parseProblem', () => {
  it('reads an RFC 9457 body with field errors', () => {
    const p = parseProblem(
      {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        detail: 'Plan is invalid',
        errors: [{ field: 'tiers[0].deadline', message: 'after the parent deadline 10/12/2020' }],
      },
      422,
    )
    expect(p).toEqual({
      type: 'about:blank',
      title: 'Unprocessable',
      status: 422,
      detail: 'Plan is invalid',
      errors: [{ field: 'tiers[0].deadline', message: 'after the parent deadline 10/12/2020' }],
    })
  })
  it('survives bodies that are not problems', () => {
    expect(parseProblem(undefined, 502)).toEqual({ status: 502, detail: undefined, errors: [] })
    expect(parseProblem('Bad gateway', 502).detail).toBe('Bad gateway')
    expect(parseProblem({ errors: 'nope' }, 400).errors).toEqual([])
    expect(parseProblem({ errors: [null, { field: 'x' }, { message: 'general' }] }, 400).errors).toEqual([
      { field: '', message: 'general' },
    ])
  })
})

describe('toNamePath', () => {
  it('turns server paths into antd name paths', () => {
    expect(toNamePath('tiers[0].deadline')).toEqual(['tiers', 0, 'deadline'])
    expect(toNamePath('tiers.1.name')).toEqual(['tiers', 1, 'name'])
    expect(toNamePath('title')).toEqual(['title'])
  })
})

function fakeForm(names: (string | number)[][]) {
  const set: unknown[] = []
  const form = {
    getFieldsError: () => names.map((name) => ({ name, errors: [] })),
    setFields: (f: unknown[]) => set.push(...f),
  } as unknown as FormInstance
  return { form, set }
}

describe('applyProblemToForm', () => {
  const error = new ApiError(
    parseProblem(
      {
        status: 422,
        title: 'Invalid',
        errors: [
          { field: 'create.body.tiers[0].deadline', message: 'too late' },
          { field: 'title', message: 'required' },
          { field: 'title', message: 'too long' },
          { field: 'somethingElse', message: 'general problem' },
        ],
      },
      422,
    ),
  )
  it('puts each error on the field whose name ends its path, and returns the rest', () => {
    const { form, set } = fakeForm([['title'], ['tiers', 0, 'deadline'], ['tiers', 0, 'name']])
    const rest = applyProblemToForm(form, error)
    expect(set).toEqual([
      { name: ['tiers', 0, 'deadline'], errors: ['too late'] },
      { name: ['title'], errors: ['required', 'too long'] },
    ])
    expect(rest).toEqual([{ field: 'somethingElse', message: 'general problem' }])
  })
  it('ignores errors that are not API errors', () => {
    const { form, set } = fakeForm([['title']])
    expect(applyProblemToForm(form, new Error('x'))).toEqual([])
    expect(set).toEqual([])
  })
})

describe('problemText', () => {
  const t = (k: string) => `t:${k}`
  it('prefers the server detail, explains 412 itself, and covers network failures', () => {
    expect(problemText(new ApiError({ status: 422, detail: 'Hạn quá muộn', errors: [] }), t)).toBe('Hạn quá muộn')
    expect(problemText(new ApiError({ status: 412, detail: 'precondition', errors: [] }), t)).toBe('t:errors.stale')
    expect(problemText(new ApiError({ status: 500, title: 'Internal Server Error', errors: [] }), t)).toBe(
      't:errors.server',
    )
    expect(problemText(new TypeError('Failed to fetch'), t)).toBe('t:errors.network')
  })
  it('gives the request id with a server error, so the user can quote it', () => {
    const tv = (k: string, v?: Record<string, string>) => (v ? `t:${k}:${v.id}` : `t:${k}`)
    const p = parseProblem({ status: 500, detail: 'Lỗi', errors: [], requestId: 'abc-123' }, 500)
    expect(p.requestId).toBe('abc-123')
    expect(problemText(new ApiError(p), tv)).toBe('t:errors.server t:errors.requestId:abc-123')
    expect(problemText(new ApiError({ status: 422, detail: 'Hạn quá muộn', errors: [], requestId: 'x' }), tv)).toBe(
      'Hạn quá muộn',
    )
  })
})
