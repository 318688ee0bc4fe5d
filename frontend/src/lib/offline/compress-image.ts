/**
 * Photos from the phone's camera are 3–8 MB; the sign-in sheet and the minutes stay legible at 1600 px. Images are
 * redrawn on a canvas (orientation from EXIF applied) as JPEG; anything else, or a photo that would not shrink,
 * is kept as it is.
 */
export const PHOTO_MAX_SIDE = 1600
export const PHOTO_QUALITY = 0.8

export async function compressImage(file: File, maxSide = PHOTO_MAX_SIDE, quality = PHOTO_QUALITY): Promise<File> {
  if (!/^image\/(jpeg|png|webp|heic|heif)$/.test(file.type) || typeof createImageBitmap !== 'function') return file
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    return file // a format this browser cannot decode: sent as it is
  }
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height))
  const width = Math.round(bitmap.width * scale)
  const height = Math.round(bitmap.height * scale)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) return file
  ctx.fillStyle = '#fff' // a transparent PNG becomes white, not black, as JPEG
  ctx.fillRect(0, 0, width, height)
  ctx.drawImage(bitmap, 0, 0, width, height)
  bitmap.close()
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality))
  if (!blob || blob.size >= file.size) return file
  const name = file.name.replace(/\.[^.]*$/, '') || 'anh'
  return new File([blob], `${name}.jpg`, { type: 'image/jpeg', lastModified: file.lastModified })
}
