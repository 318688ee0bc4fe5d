/**
 * The ONE place where error bodies are understood. The backend answers RFC 9457
 * `application/problem+json`: `{type, title, status, detail, errors: [{field, message}], requestId}`.
 */
import type { FormInstance } from 'antd'

export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  errors: FieldError[]
  /** The server's X-Request-Id: shown with server errors, so a user can quote it and the logs can be searched. */
  requestId?: string
}

/** Thrown by every API call that did not succeed. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`)
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined
}

/** Turns whatever came back (problem JSON, plain text, nothing) into a Problem. */
export function parseProblem(body: unknown, status: number): Problem {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>
    const errors: FieldError[] = Array.isArray(b.errors)
      ? b.errors
          .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
          .map((e) => ({ field: str(e.field) ?? '', message: str(e.message) ?? '' }))
          .filter((e) => e.message !== '')
      : []
    return {
      type: str(b.type),
      title: str(b.title),
      status: typeof b.status === 'number' ? b.status : status,
      detail: str(b.detail),
      errors,
      requestId: str(b.requestId),
    }
  }
  return { status, detail: str(body), errors: [] }
}

/** `tiers[0].deadline` / `tiers.0.deadline` → `['tiers', 0, 'deadline']`. */
export function toNamePath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
}

function sameTail(path: (string | number)[], name: (string | number)[]): boolean {
  if (name.length === 0 || name.length > path.length) return false
  const offset = path.length - name.length
  return name.every((n, i) => String(n) === String(path[offset + i]))
}

/**
 * Puts the server's field errors on the antd Form fields that caused them. A server path may carry
 * a prefix (`create.body.tiers[0].deadline`); the longest registered field name that ends the path
 * wins. Returns the errors that matched no field, for the caller to show in an alert.
 */
export function applyProblemToForm(form: FormInstance, error: unknown): FieldError[] {
  const problem = error instanceof ApiError ? error.problem : undefined
  if (!problem) return []
  const registered = form.getFieldsError().map((f) => f.name)
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>()
  const unmatched: FieldError[] = []
  for (const e of problem.errors) {
    const path = toNamePath(e.field)
    const candidates = registered.filter((name) => sameTail(path, name)).sort((a, b) => b.length - a.length)
    const name = candidates.at(0)
    if (!name) {
      unmatched.push(e)
      continue
    }
    const key = JSON.stringify(name)
    const entry = byField.get(key) ?? { name, errors: [] }
    entry.errors.push(e.message)
    byField.set(key, entry)
  }
  form.setFields([...byField.values()])
  return unmatched
}

/** i18n keys for the general message of an error, by status. */
export function problemKey(error: unknown): string {
  if (!(error instanceof ApiError)) return 'errors.network'
  switch (error.status) {
    case 400:
      return 'errors.badRequest'
    case 401:
      return 'errors.unauthorized'
    case 403:
      return 'errors.forbidden'
    case 404:
      return 'errors.notFound'
    case 409:
      return 'errors.conflict'
    case 412:
      return 'errors.stale'
    case 422:
      return 'errors.unprocessable'
    default:
      return error.status >= 500 ? 'errors.server' : 'errors.unknown'
  }
}

/** The server's own words when it gave some, else the general message for the status. */
export function problemText(error: unknown, t: (key: string, vars?: Record<string, string>) => string): string {
  if (error instanceof ApiError) {
    if (error.status >= 500 && error.problem.requestId) {
      return `${t('errors.server')} ${t('errors.requestId', { id: error.problem.requestId })}`
    }
    if (error.status === 412) return t('errors.stale')
    if (error.problem.detail) return error.problem.detail
    if (error.problem.title && error.status !== 500) return error.problem.title
  }
  return t(problemKey(error))
}
