import { useCallback, useMemo, useState } from 'react'
import { Alert, Button, Card, Col, Flex, Form, Input, Row, Typography, Upload } from 'antd'
import { FileWordOutlined, InboxOutlined, LoadingOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Plan, PlanDraft, SourceSpan } from '@/lib/api/types'
import { problemText, toNamePath } from '@/lib/problem'
import { useSession } from '@/lib/auth'
import { useParsePlan, type PlanSource } from '../api/parse-plan'
import { PlanForm, draftToValues, type PlanValues } from './plan-form'
import { SourceText } from './source-text'
import { dropTier, insertTier } from './source-marks'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * A plan document becomes a draft plan: paste its text or drop a .docx, the server reads it
 * (nothing saved), the source shows what went where, the user fixes the draft and saves it.
 */
export function PlanImport({ onSaved, onCancel }: { onSaved: (plan: Plan) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<{ draft: PlanDraft; name?: string } | null>(null)
  const [text, setText] = useState('')
  if (draft)
    return (
      <DraftReview
        // a second reading starts a fresh form
        key={draft.draft.sourceText}
        draft={draft.draft}
        fileName={draft.name}
        onSaved={onSaved}
        onBack={() => setDraft(null)}
      />
    )
  return (
    <SourceInput text={text} onText={setText} onRead={(d, name) => setDraft({ draft: d, name })} onCancel={onCancel} />
  )
}

function SourceInput({
  text,
  onText,
  onRead,
  onCancel,
}: {
  text: string
  onText: (s: string) => void
  onRead: (d: PlanDraft, name?: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const parse = useParsePlan()
  const [badFile, setBadFile] = useState<string>()
  const read = (source: PlanSource, name?: string) => parse.mutate(source, { onSuccess: (d) => onRead(d, name) })

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('import.hint')}</Typography.Paragraph>
      {parse.error || badFile ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={badFile ? t('import.badFile', { name: badFile }) : problemText(parse.error, t)}
        />
      ) : null}
      <Upload.Dragger
        accept=".docx,.txt"
        multiple={false}
        showUploadList={false}
        disabled={parse.isPending}
        beforeUpload={(file) => {
          parse.reset()
          setBadFile(undefined)
          if (/\.txt$/i.test(file.name) || file.type === 'text/plain') {
            // a text file is simply pasted
            void file.text().then((s) => onText(s.replace(/^\uFEFF/, '')))
          } else if (/\.docx$/i.test(file.name) || file.type === DOCX) {
            read({ file }, file.name)
          } else {
            setBadFile(file.name)
          }
          return false
        }}
        style={{ marginBottom: 16 }}
        data-testid="import-dropzone"
      >
        <p className="ant-upload-drag-icon">{parse.isPending ? <LoadingOutlined /> : <InboxOutlined />}</p>
        <p className="ant-upload-text">{parse.isPending ? t('import.reading') : t('import.drop')}</p>
        <p className="ant-upload-hint">{t('import.dropHint')}</p>
      </Upload.Dragger>
      <Typography.Text strong>{t('import.orPaste')}</Typography.Text>
      <Input.TextArea
        aria-label={t('import.text')}
        placeholder={t('import.textPlaceholder')}
        value={text}
        onChange={(e) => {
          onText(e.target.value)
          if (parse.error) parse.reset()
        }}
        autoSize={{ minRows: 8, maxRows: 20 }}
        style={{ marginTop: 8, marginBottom: 16 }}
        disabled={parse.isPending}
      />
      <Flex gap={8} justify="flex-end" wrap>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" disabled={!text.trim()} loading={parse.isPending} onClick={() => read({ text })}>
          {t('import.read')}
        </Button>
      </Flex>
    </Card>
  )
}

function DraftReview({
  draft,
  fileName,
  onSaved,
  onBack,
}: {
  draft: PlanDraft
  fileName?: string
  onSaved: (plan: Plan) => void
  onBack: () => void
}) {
  const { t } = useTranslation()
  const user = useSession()?.user
  const [form] = Form.useForm<PlanValues>()
  const [spans, setSpans] = useState<Record<string, SourceSpan>>(() => draft.spans)
  const [focused, setFocused] = useState<string | null>(null)
  const [hovered, setHovered] = useState<string | null>(null)
  const initial = useMemo(() => draftToValues(draft, user?.orgId ?? null), [draft, user?.orgId])
  const [notes, setNotes] = useState<Record<string, string[]>>(() => draft.fieldWarnings)
  // warnings about one field are shown beside it; the others stay in the summary
  const keyed = new Set(Object.values(draft.fieldWarnings).flat())
  const warnings = draft.warnings.filter((w) => !keyed.has(w))
  const found = Object.keys(spans).length
  const tiers = draft.tiers.length

  const pick = useCallback(
    (key: string) => {
      setFocused(key)
      form.scrollToField(toNamePath(key), { behavior: 'smooth', block: 'center', focus: true })
    },
    [form],
  )

  const source = useMemo(
    () => ({
      spans,
      active: hovered ?? focused,
      onFocusKey: (key: string) => {
        setFocused(key)
        setHovered(null)
      },
      onTierRemoved: (i: number) => {
        setSpans((s) => dropTier(s, i))
        setNotes((n) => dropTier(n, i))
        setFocused(null)
      },
      onTierInserted: (i: number) => {
        setSpans((s) => insertTier(s, i))
        setNotes((n) => insertTier(n, i))
        setFocused(null)
      },
      notes,
    }),
    [spans, hovered, focused, notes],
  )

  return (
    <>
      <Alert
        type={warnings.length || keyed.size ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="import-warnings"
        message={t('import.summary', { fields: found, tiers })}
        description={
          <>
            {warnings.length > 0 && (
              <ul style={{ margin: '0 0 4px', paddingInlineStart: 20 }}>
                {warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            )}
            {keyed.size > 0 && (
              <Typography.Paragraph style={{ marginBottom: 4 }}>
                {t('planImport.besideFields', { count: keyed.size })}
              </Typography.Paragraph>
            )}
            <Typography.Text type="secondary">{t('import.check')}</Typography.Text>
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={
              <span>
                {fileName && <FileWordOutlined style={{ marginRight: 6 }} />}
                {fileName ?? t('import.source')}
              </span>
            }
            extra={
              <Button size="small" type="link" onClick={onBack}>
                {t('import.again')}
              </Button>
            }
            className="import-source"
            style={{ position: 'sticky', top: 16 }}
          >
            <SourceText
              text={draft.sourceText}
              spans={spans}
              active={hovered ?? focused}
              focused={focused}
              onHover={setHovered}
              onPick={pick}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <PlanForm
            form={form}
            initialValues={initial}
            source={source}
            validateOnMount
            submitLabel={t('import.save')}
            cancelLabel={t('import.again')}
            onSaved={onSaved}
            onCancel={onBack}
          />
        </Col>
      </Row>
    </>
  )
}
