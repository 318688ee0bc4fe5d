import { useEffect, useMemo, useRef, useState } from 'react'
import { Button, Flex, Typography } from 'antd'
import { CameraOutlined, DeleteOutlined, PaperClipOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { compressImage } from '@/lib/offline/compress-image'
import { newId } from '@/lib/offline/outbox'

/** A file chosen as evidence, kept on the phone (in the draft, then in the outbox) until it is uploaded. */
export interface EvidenceFile {
  id: string
  blob: Blob
  fileName: string
  type: string
}

const kb = (n: number) => `${Math.max(1, Math.round(n / 1024))} KB`

function Thumb({ file, onRemove }: { file: EvidenceFile; onRemove?: () => void }) {
  const { t } = useTranslation()
  const url = useMemo(() => (file.type.startsWith('image/') ? URL.createObjectURL(file.blob) : null), [file])
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url])
  return (
    <Flex
      align="center"
      gap={8}
      style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 4, minWidth: 0 }}
      data-testid="evidence-file"
    >
      {url ? (
        <img src={url} alt={file.fileName} width={56} height={56} style={{ objectFit: 'cover', borderRadius: 4 }} />
      ) : (
        <PaperClipOutlined style={{ fontSize: 24, padding: 16 }} aria-hidden />
      )}
      <Flex vertical style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text ellipsis style={{ maxWidth: 180 }}>
          {file.fileName}
        </Typography.Text>
        <Typography.Text type="secondary" className="num">
          {kb(file.blob.size)}
        </Typography.Text>
      </Flex>
      {onRemove && (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('offline.removeFile', { name: file.fileName })}
          onClick={onRemove}
          className="tap"
        />
      )}
    </Flex>
  )
}

/**
 * Photos of the sign-in sheet and the minutes (biên bản) taken with the phone's camera, or files chosen from it;
 * photos are shrunk on the phone before they are kept. The files go up with the report (queued like it).
 */
export function EvidencePhotos({
  value,
  onChange,
  disabled,
}: {
  value: EvidenceFile[]
  onChange: (files: EvidenceFile[]) => void
  disabled?: boolean
}) {
  const { t } = useTranslation()
  const camera = useRef<HTMLInputElement>(null)
  const picker = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)

  const add = async (list: FileList | null) => {
    if (!list || list.length === 0) return
    setBusy(true)
    try {
      const added: EvidenceFile[] = []
      for (const f of Array.from(list)) {
        const small = await compressImage(f)
        added.push({ id: newId(), blob: small, fileName: small.name, type: small.type || f.type })
      }
      onChange([...value, ...added])
    } finally {
      setBusy(false)
      if (camera.current) camera.current.value = ''
      if (picker.current) picker.current.value = ''
    }
  }

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <Button
          icon={<CameraOutlined />}
          size="large"
          onClick={() => camera.current?.click()}
          loading={busy}
          disabled={disabled}
        >
          {t('offline.takePhoto')}
        </Button>
        <Button icon={<PaperClipOutlined />} size="large" onClick={() => picker.current?.click()} disabled={disabled}>
          {t('offline.chooseFile')}
        </Button>
      </Flex>
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        aria-label={t('offline.takePhoto')}
        data-testid="evidence-camera"
        onChange={(e) => void add(e.target.files)}
      />
      <input
        ref={picker}
        type="file"
        multiple
        accept="image/*,application/pdf,.docx,.xlsx"
        hidden
        aria-label={t('offline.chooseFile')}
        data-testid="evidence-picker"
        onChange={(e) => void add(e.target.files)}
      />
      {value.map((f) => (
        <Thumb
          key={f.id}
          file={f}
          onRemove={disabled ? undefined : () => onChange(value.filter((x) => x.id !== f.id))}
        />
      ))}
    </Flex>
  )
}
